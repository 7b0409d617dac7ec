package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Newcomer;
import de.fachkraftimfokus.region.Region;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices new Regiocoaches (clause 3.4: MS holds information events for their induction). Camunda
 * tells nobody when a user joins a group, so the platform compares, on a schedule, the members of
 * every {@code network-kmu-<region>} with the coaches it knows (table {@code pc_known_coach}). This
 * sees every way a coach can join — the Admin webapp, the REST API, the seeder, an LDAP sync, SQL —
 * at the price of a delay of one interval.
 *
 * <ul>
 *   <li>The first check records every member found as known (baseline): the coaches who were there
 *       before the platform watched get no Einarbeitung.</li>
 *   <li>A member not known yet is a newcomer. If an Einarbeitung is still collecting newcomers (its
 *       window is open), the newcomer joins it; otherwise a new Einarbeitung starts (message
 *       {@value ProjectChangeProcess#MESSAGE_NEW_REGIOCOACHES}) and collects for the configured window,
 *       so several newcomers share one event.</li>
 *   <li>A coach is known by user id: one who moves to another region, or leaves and comes back, is
 *       no newcomer.</li>
 * </ul>
 *
 * One transaction per check, which locks the row of {@code pc_coach_check} first: two nodes never
 * check at once, and a newcomer is recorded together with the Einarbeitung that welcomes them.
 */
@Service
public class CoachReconciliation {

  private static final Logger LOG = LoggerFactory.getLogger(CoachReconciliation.class);

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  CoachReconciliation(JdbcTemplate jdbc, IdentityService identityService, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /**
   * What one check did.
   *
   * @param baseline true if this was the first check (everyone found became known)
   * @param newcomers the user ids noticed as new Regiocoaches
   * @param onboardingKey the Einarbeitung they joined or started, null without newcomers
   */
  public record Result(boolean baseline, List<String> newcomers, String onboardingKey) {}

  @Transactional
  public Result check() {
    Timestamp baselineAt = jdbc.queryForObject("SELECT baseline_at FROM pc_coach_check WHERE id = 1 FOR UPDATE",
        Timestamp.class);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Map<String, Region> members = members();
    Set<String> known = new HashSet<>(jdbc.queryForList("SELECT user_id FROM pc_known_coach", String.class));
    if (baselineAt == null) {
      members.forEach((userId, region) -> {
        if (!known.contains(userId)) {
          insertKnown(userId, region, now, null);
        }
      });
      jdbc.update("UPDATE pc_coach_check SET baseline_at = ?, last_run_at = ? WHERE id = 1", now, now);
      LOG.info("Regiocoaches erfasst (Ausgangsbestand): {}", members.size());
      return new Result(true, List.of(), null);
    }
    List<Newcomer> newcomers = new ArrayList<>();
    members.forEach((userId, region) -> {
      if (!known.contains(userId)) {
        newcomers.add(Newcomer.of(userId, nameOf(userId), region, now.toInstant()));
      }
    });
    jdbc.update("UPDATE pc_coach_check SET last_run_at = ? WHERE id = 1", now);
    if (newcomers.isEmpty()) {
      return new Result(false, List.of(), null);
    }
    String key = welcome(newcomers);
    newcomers.forEach(n -> insertKnown(n.userId(), Region.byId(n.region()).orElseThrow(), now, key));
    LOG.info("Neue Regiocoaches {} → Einarbeitung {}", newcomers.stream().map(Newcomer::userId).toList(), key);
    return new Result(false, newcomers.stream().map(Newcomer::userId).toList(), key);
  }

  /** Adds the newcomers to the Einarbeitung collecting now, or starts one; returns its business key. */
  private String welcome(List<Newcomer> newcomers) {
    ProcessInstance collecting = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProjectChangeProcess.KEY)
        .activityIdIn(ProjectChangeProcess.Element.ONBOARDING_WINDOW_CLOSED).active()
        .orderByProcessInstanceId().asc().listPage(0, 1).stream().findFirst().orElse(null);
    if (collecting != null) {
      List<Newcomer> all = new ArrayList<>(Var.NEWCOMERS.get(runtimeService.getVariables(collecting.getId(),
          List.of(Var.NEWCOMERS.name()))));
      all.addAll(newcomers);
      runtimeService.setVariable(collecting.getId(), Var.NEWCOMERS.name(), Var.NEWCOMERS.engineValue(all));
      return collecting.getBusinessKey();
    }
    ProcessInstance started = runtimeService.createMessageCorrelation(ProjectChangeProcess.MESSAGE_NEW_REGIOCOACHES)
        .setVariable(Var.CHANGE_KIND.name(), Var.CHANGE_KIND.engineValue(ChangeKind.ONBOARDING))
        .setVariable(Var.NEWCOMERS.name(), Var.NEWCOMERS.engineValue(newcomers))
        .correlateStartMessage();
    return started.getBusinessKey();
  }

  /** Members of the regional Network-KMU groups, each in the first region found (Region's order). */
  private Map<String, Region> members() {
    Map<String, Region> members = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      for (User user : identityService.createUserQuery()
          .memberOfGroup(PartnerGroup.NETWORK_KMU.regionalGroupId(region)).list()) {
        members.putIfAbsent(user.getId(), region);
      }
    }
    return members;
  }

  private String nameOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? null : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name == null || name.isEmpty() ? userId : name;
  }

  private void insertKnown(String userId, Region region, Timestamp at, String onboardingRef) {
    jdbc.update("INSERT INTO pc_known_coach (user_id, region, first_seen_at, onboarding_ref) VALUES (?,?,?,?)",
        userId, region.id(), at, onboardingRef);
  }
}
