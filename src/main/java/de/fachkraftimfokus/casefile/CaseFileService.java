package de.fachkraftimfokus.casefile;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Builds the case file of one business key for the current reader.
 *
 * <p>Who may read it is the engine's decision: the reader must be able to read the process instance
 * (its runtime or its history, with the reader's own authorizations), or belong to the readers a
 * contributor names (the activity register, open to every partner). Only then does the platform
 * read the case's variables, steps and mails for the page — variables need their own permission on
 * this platform (ADR 0012), which a page for people cannot ask of every reader. Personal data
 * (contact persons, mail recipients) only where the contributor says the reader's role needs it;
 * the names of the staff who did a step only for partners and administration, not for Leitung.
 */
@Service
public class CaseFileService {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(WorkingDays.ZONE);
  private static final Set<String> STEP_TYPES = Set.of("userTask", "serviceTask", "sendTask", "businessRuleTask",
      "callActivity", "startEvent", "noneEndEvent", "endEvent", "messageEndEvent", "terminateEndEvent",
      "boundaryTimer", "boundaryMessage", "boundaryError", "intermediateTimer", "intermediateMessageCatch",
      "messageStartEvent", "timerStartEvent");

  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final List<CaseFileContributor> contributors;
  private final JdbcTemplate jdbc;

  CaseFileService(HistoryService history, RuntimeService runtime, IdentityService identity,
      List<CaseFileContributor> contributors, JdbcTemplate jdbc) {
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.contributors = contributors;
    this.jdbc = jdbc;
  }

  /** The page's data, or empty when there is no such case or the reader may not read it. */
  public Optional<Map<String, Object>> caseFile(String businessKey) {
    Authentication reader = identity.getCurrentAuthentication();
    if (reader == null || reader.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = reader.getGroupIds() == null ? List.of() : List.copyOf(reader.getGroupIds());
    boolean instanceRight = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0
        || history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
    identity.clearAuthentication();
    try {
      return build(businessKey, groups, instanceRight);
    } finally {
      identity.setAuthentication(reader);
    }
  }

  private Optional<Map<String, Object>> build(String businessKey, List<String> groups, boolean instanceRight) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = instances.get(0);
    Optional<CaseFileContributor> contributor = contributors.stream()
        .filter(c -> c.processKey().equals(instance.getProcessDefinitionKey())).findFirst();
    if (!instanceRight && contributor.map(c -> !c.readableWithoutInstanceRight(groups)).orElse(true)) {
      return Optional.empty();
    }
    Map<String, Object> variables = variablesOf(instance.getId());
    boolean admin = groups.contains(PartnerGroup.CAMUNDA_ADMIN.id());
    boolean personalData = admin || contributor.map(c -> c.personalData(variables, groups)).orElse(false);
    boolean staffNames = admin || groups.stream().anyMatch(g -> PartnerGroup.workingPartners().stream()
        .anyMatch(p -> p.id().equals(g) || g.startsWith(p.id() + "-")));
    CaseFileSource source = new CaseFileSource(businessKey, instance.getId(), instance.getProcessDefinitionKey(),
        instance.getEndTime() != null, variables, personalData, groups);

    Map<String, Object> page = new HashMap<>();
    page.put("businessKey", businessKey);
    page.put("title", contributor.map(CaseFileContributor::title).orElse(instance.getProcessDefinitionName()));
    page.put("state", state(instance));
    page.put("started", WHEN.format(instance.getStartTime().toInstant()));
    page.put("ended", instance.getEndTime() == null ? "" : WHEN.format(instance.getEndTime().toInstant()));
    page.put("sections", contributor.map(c -> c.sections(source)).orElse(List.of()));
    page.put("steps", steps(instance, staffNames));
    page.put("mails", mails(businessKey, personalData));
    page.put("personalData", personalData);
    return Optional.of(page);
  }

  /** The latest value of every process-level variable of the instance. */
  private Map<String, Object> variablesOf(String processInstanceId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (variable.getTaskId() == null && processInstanceId.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /** The latest values of the variables of the instances called by this one (referrals), by business key. */
  public Map<String, Map<String, Object>> calledInstances(String processInstanceId) {
    Map<String, Map<String, Object>> called = new LinkedHashMap<>();
    for (HistoricProcessInstance sub : history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).orderByProcessInstanceStartTime().asc().list()) {
      Map<String, Object> variables = variablesOf(sub.getId());
      variables.put(ENDED, sub.getEndTime() != null);
      called.put(sub.getBusinessKey(), variables);
    }
    return called;
  }

  /** Key in the maps of {@link #calledInstances}: whether that instance has ended. */
  public static final String ENDED = "__ended";

  private List<CaseFile.Step> steps(HistoricProcessInstance instance, boolean staffNames) {
    Map<String, String> scopes = new LinkedHashMap<>();
    scopes.put(instance.getId(), "");
    for (HistoricProcessInstance sub : history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list()) {
      scopes.put(sub.getId(), sub.getBusinessKey() == null ? sub.getProcessDefinitionName() : sub.getBusinessKey());
    }
    List<HistoricActivityInstance> activities = new ArrayList<>();
    for (String id : scopes.keySet()) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id).list());
    }
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
        .thenComparing(a -> a.getEndTime() == null ? Long.MAX_VALUE : a.getEndTime().getTime()));
    Map<String, String> names = new HashMap<>();
    List<CaseFile.Step> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      if (!STEP_TYPES.contains(activity.getActivityType()) || activity.getActivityName() == null) {
        continue;
      }
      String who = null;
      if (staffNames && activity.getAssignee() != null) {
        who = names.computeIfAbsent(activity.getAssignee(), this::displayName);
      }
      String state = activity.getEndTime() == null ? "offen" : activity.isCanceled() ? "abgebrochen" : "erledigt";
      steps.add(new CaseFile.Step(format(activity.getStartTime()), format(activity.getEndTime()),
          activity.getActivityName(), who, state, scopes.get(activity.getProcessInstanceId())));
    }
    return steps;
  }

  private String displayName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  /**
   * The mails sent for the case and its referrals. Their log ({@code fkif_notification}, kept by
   * the notification package) is keyed by idempotency keys that begin with the business key.
   */
  private List<CaseFile.Mail> mails(String businessKey, boolean recipients) {
    try {
      return jdbc.query("SELECT subject, recipients, sent_at FROM fkif_notification WHERE idempotency_key LIKE ?"
              + " ORDER BY sent_at", (row, n) -> new CaseFile.Mail(format(row.getTimestamp("sent_at")),
              row.getString("subject"), recipients ? row.getString("recipients") : null),
          businessKey.replace("%", "").replace("_", "") + "%");
    } catch (DataAccessException e) {
      return List.of();
    }
  }

  private static String state(HistoricProcessInstance instance) {
    return switch (String.valueOf(instance.getState())) {
      case "ACTIVE" -> "läuft";
      case "SUSPENDED" -> "angehalten";
      case "COMPLETED" -> "abgeschlossen";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "beendet";
      default -> String.valueOf(instance.getState());
    };
  }

  static String format(Date date) {
    return date == null ? null : WHEN.format(date.toInstant());
  }
}
