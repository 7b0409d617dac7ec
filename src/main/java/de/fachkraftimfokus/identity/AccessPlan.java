package de.fachkraftimfokus.identity;

import static de.fachkraftimfokus.identity.PartnerGroup.*;
import static de.fachkraftimfokus.process.ProcessKey.*;

import de.fachkraftimfokus.process.ProcessKey;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may start and who may watch which process — the table in docs/sicherheit.md, seeded as Camunda
 * authorizations by {@link AuthorizationSeeder} and proven line by line by the authorization tests.
 *
 * <p>Task work is not granted here: the engine grants READ and TASK_WORK on a task to its candidate
 * groups and assignee when the task is created ({@code defaultUserPermissionNameForTask}), so a
 * group works exactly the tasks the models give it.
 *
 * <p>The process owners ({@code process-owners}) start no process instance and work no case: they
 * deploy, read every definition and instance without its variables, and migrate instances
 * ({@link AuthorizationSeeder}).
 */
public final class AccessPlan {

  private static final Set<ProcessKey> SHARED_BY_ALL_PARTNERS =
      EnumSet.of(COORDINATION_REQUEST, PUBLIC_ACTIVITY, PROJECT_CHANGE);

  private static final Map<PartnerGroup, Set<ProcessKey>> STARTS = Map.of(
      STK, union(SHARED_BY_ALL_PARTNERS, JOUR_FIXE, ANNUAL_CONFERENCE),
      MW, SHARED_BY_ALL_PARTNERS,
      MS, SHARED_BY_ALL_PARTNERS,
      NETWORK_KMU, union(SHARED_BY_ALL_PARTNERS, ADVISORY_CASE),
      // PFIFF's portal opens advisory cases for companies that asked there (DESIGN.md §2.1)
      PFIFF, union(SHARED_BY_ALL_PARTNERS, ADVISORY_CASE),
      TRANSFERZENTREN, SHARED_BY_ALL_PARTNERS,
      AUSBILDUNGSCOACHES, SHARED_BY_ALL_PARTNERS,
      EINZELPROJEKTE, SHARED_BY_ALL_PARTNERS,
      WEITERBILDUNG, SHARED_BY_ALL_PARTNERS);

  private static final Map<PartnerGroup, Set<ProcessKey>> READS = Map.ofEntries(
      Map.entry(STK, union(SHARED_BY_ALL_PARTNERS, JOUR_FIXE, ANNUAL_CONFERENCE)),
      Map.entry(MW, SHARED_BY_ALL_PARTNERS),
      Map.entry(MS, SHARED_BY_ALL_PARTNERS),
      // Regiocoaches read the cases of their own region only (and the referrals made from them):
      // granted per instance when the case's region is known, never on the definition (docs/sicherheit.md)
      Map.entry(NETWORK_KMU, SHARED_BY_ALL_PARTNERS),
      // Specialised partners read no referral instances at all: a grant on the definition would
      // show them every partner's referrals. They work the referrals addressed to them through the
      // tasks (the engine grants READ and TASK_WORK to the candidate group), never the case itself.
      Map.entry(PFIFF, SHARED_BY_ALL_PARTNERS),
      Map.entry(TRANSFERZENTREN, SHARED_BY_ALL_PARTNERS),
      Map.entry(AUSBILDUNGSCOACHES, SHARED_BY_ALL_PARTNERS),
      Map.entry(EINZELPROJEKTE, SHARED_BY_ALL_PARTNERS),
      Map.entry(WEITERBILDUNG, SHARED_BY_ALL_PARTNERS),
      Map.entry(COCKPIT_READERS, EnumSet.allOf(ProcessKey.class)),
      // process owners read every definition and instance (no variables: docs/sicherheit.md)
      Map.entry(PROCESS_OWNERS, EnumSet.allOf(ProcessKey.class)));

  /**
   * Grants earlier versions of the plan gave and this one withdraws: removed from running platforms
   * at start, because the seeder otherwise only adds. Regiocoaches read every case before.
   */
  private static final Map<PartnerGroup, Set<ProcessKey>> NO_LONGER_READS = Map.of(
      NETWORK_KMU, EnumSet.of(ADVISORY_CASE, REFERRAL));

  private AccessPlan() {}

  public static Set<ProcessKey> noLongerReadableBy(PartnerGroup group) {
    return NO_LONGER_READS.getOrDefault(group, Set.of());
  }

  public static Set<ProcessKey> startableBy(PartnerGroup group) {
    return STARTS.getOrDefault(group, Set.of());
  }

  public static Set<ProcessKey> readableBy(PartnerGroup group) {
    return READS.getOrDefault(group, Set.of());
  }

  private static Set<ProcessKey> union(Set<ProcessKey> base, ProcessKey... more) {
    EnumSet<ProcessKey> result = EnumSet.copyOf(base);
    result.addAll(Set.of(more));
    return result;
  }
}
