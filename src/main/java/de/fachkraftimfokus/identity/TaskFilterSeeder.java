package de.fachkraftimfokus.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The German Tasklist filters (docs/sicherheit.md, „Aufgaben, Anwendungen, Filter“). A filter is found again by its name;
 * its query and columns are brought up to date at each start, so a changed definition here
 * reaches running platforms without duplicates.
 */
class TaskFilterSeeder {

  static final String MY_TASKS = "Meine Aufgaben";
  static final String GROUP_TASKS = "Aufgaben meiner Gruppen";
  static final String OVERDUE_TASKS = "Überfällige Aufgaben";
  static final String INCOMING_REFERRALS = "Eingehende Weitervermittlungen";

  /** Partners who receive referrals from Regiocoaches (agreement 3.2). */
  static final List<PartnerGroup> REFERRAL_PARTNERS = List.of(PartnerGroup.PFIFF,
      PartnerGroup.TRANSFERZENTREN, PartnerGroup.AUSBILDUNGSCOACHES, PartnerGroup.EINZELPROJEKTE,
      PartnerGroup.WEITERBILDUNG);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskFilterSeeder(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  void seed() {
    // the common filters: every partner, and the process owners for the tasks modelled for them
    List<String> allPartners = Stream.concat(PartnerGroup.workingPartners().stream(),
        Stream.of(PartnerGroup.PROCESS_OWNERS)).map(PartnerGroup::id).toList();

    TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
    share(upsert(MY_TASKS, -10, "Aufgaben, die ich übernommen habe", mine, commonColumns()), allPartners);

    TaskQuery groups = taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    share(upsert(GROUP_TASKS, 0, "Offene Aufgaben aller meiner Gruppen", groups, commonColumns()), allPartners);

    TaskQuery overdue = taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .dueBeforeExpression("${now()}");
    share(upsert(OVERDUE_TASKS, 10, "Aufgaben meiner Gruppen, deren Frist abgelaufen ist", overdue,
        commonColumns()), allPartners);

    for (PartnerGroup partner : REFERRAL_PARTNERS) {
      TaskQuery incoming = taskService.createTaskQuery()
          .processDefinitionKey(ProcessKey.REFERRAL.key())
          .taskCandidateGroupIn(candidateGroupsOf(partner))
          .includeAssignedTasks();
      Map<String, String> columns = new LinkedHashMap<>();
      for (TaskCard card : TaskCard.values()) {
        columns.put(card.variable(), card.label());
      }
      share(upsert(incomingReferralsName(partner), 20,
          "Weitervermittlungen der Regiocoaches an " + partner.germanName(), incoming, columns),
          List.of(partner.id()));
    }
  }

  static String incomingReferralsName(PartnerGroup partner) {
    return INCOMING_REFERRALS + " – " + shortName(partner);
  }

  private static String shortName(PartnerGroup partner) {
    return switch (partner) {
      case PFIFF -> "PFIFF";
      case TRANSFERZENTREN -> "Transferzentren";
      case AUSBILDUNGSCOACHES -> "Ausbildungscoaches";
      case EINZELPROJEKTE -> "Einzelprojekte";
      case WEITERBILDUNG -> "WEITERBILDUNG";
      default -> partner.germanName();
    };
  }

  private static List<String> candidateGroupsOf(PartnerGroup partner) {
    List<String> ids = new ArrayList<>();
    ids.add(partner.id());
    if (partner.isRegional()) {
      for (Region region : Region.values()) {
        ids.add(partner.regionalGroupId(region));
      }
    }
    return ids;
  }

  private static Map<String, String> commonColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (TaskCard card : List.of(TaskCard.CASE_NUMBER, TaskCard.COMPANY, TaskCard.SUBJECT, TaskCard.REGION)) {
      columns.put(card.variable(), card.label());
    }
    return columns;
  }

  private Filter upsert(String name, int priority, String description, TaskQuery query,
      Map<String, String> columns) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    List<Map<String, String>> variables = new ArrayList<>();
    columns.forEach((variable, label) -> variables.add(Map.of("name", variable, "label", label)));
    properties.put("variables", variables);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filterService.saveFilter(filter);
  }

  private void share(Filter filter, List<String> groupIds) {
    for (String groupId : groupIds) {
      boolean granted = authorizationService.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!granted) {
        var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }
}
