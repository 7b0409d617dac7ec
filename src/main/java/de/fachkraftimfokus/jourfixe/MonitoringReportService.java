package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.coordination.CoordinationRequestService;
import de.fachkraftimfokus.conference.AnnualConferenceService;
import de.fachkraftimfokus.publicactivity.PublicActivityService;
import de.fachkraftimfokus.projectchange.ProjectChangeService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Computes the monitoring report from the engine's history and the Jour fixe's own tables. */
@Service
public class MonitoringReportService {

  static final String UNKNOWN = "(ohne Angabe)";

  private final HistoryService historyService;
  private final TaskService taskService;
  private final ActionItems actionItems;
  private final CoordinationRequestService coordinationRequests;
  private final ProjectChangeService projectChanges;
  private final PublicActivityService publicActivities;
  private final AnnualConferenceService conferences;

  MonitoringReportService(HistoryService historyService, TaskService taskService, ActionItems actionItems,
      CoordinationRequestService coordinationRequests, ProjectChangeService projectChanges,
      PublicActivityService publicActivities, AnnualConferenceService conferences) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.actionItems = actionItems;
    this.coordinationRequests = coordinationRequests;
    this.publicActivities = publicActivities;
    this.conferences = conferences;
    this.projectChanges = projectChanges;
  }

  public MonitoringReport compute(String jourFixeKey, Instant from, Instant to, MonitoringSources sources) {
    Date start = Date.from(from);
    Date end = Date.from(to);

    List<HistoricProcessInstance> cases = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(sources.advisoryCaseKey()).startedAfter(start).startedBefore(end).list();
    Map<String, Map<String, Object>> caseVariables = variables(ids(cases));
    Map<String, Long> byRegion = new TreeMap<>();
    Map<String, Long> bySource = new TreeMap<>();
    Map<String, Long> byOutcome = new TreeMap<>();
    long doubleApproaches = 0;
    for (HistoricProcessInstance instance : cases) {
      Map<String, Object> vars = caseVariables.getOrDefault(instance.getId(), Map.of());
      byRegion.merge(text(vars.get(sources.regionVariable())), 1L, Long::sum);
      bySource.merge(text(vars.get(sources.inquirySourceVariable())), 1L, Long::sum);
      if (Boolean.TRUE.equals(vars.get(sources.doubleApproachVariable()))) {
        doubleApproaches++;
        byOutcome.merge(text(vars.get(sources.approachOutcomeVariable())), 1L, Long::sum);
      }
    }

    long clearings = historyService.createHistoricTaskInstanceQuery().processDefinitionKey(sources.advisoryCaseKey())
        .taskDefinitionKey(sources.clearingTask()).finished().finishedAfter(start).finishedBefore(end).count();

    List<HistoricTaskInstance> acceptances = historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey(sources.referralKey()).taskDefinitionKey(sources.acceptReferralTask())
        .finished().finishedAfter(start).finishedBefore(end).list();
    List<String> referralIds = acceptances.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList();
    Map<String, Map<String, Object>> referralVariables = variables(referralIds);
    Map<String, List<Double>> hoursByPartner = new TreeMap<>();
    Map<String, long[]> countsByPartner = new TreeMap<>();
    for (HistoricTaskInstance task : acceptances) {
      Map<String, Object> vars = referralVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
      String partner = text(vars.get(sources.partnerGroupVariable()));
      long[] counts = countsByPartner.computeIfAbsent(partner, p -> new long[2]);
      counts[0]++;
      hoursByPartner.computeIfAbsent(partner, p -> new ArrayList<>());
      if (Boolean.TRUE.equals(vars.get(sources.acceptedVariable()))) {
        counts[1]++;
        hoursByPartner.get(partner).add((task.getEndTime().getTime() - task.getStartTime().getTime()) / 3_600_000d);
      }
    }
    List<MonitoringReport.ReferralFigures> referrals = new ArrayList<>();
    countsByPartner.forEach((partner, counts) -> referrals.add(new MonitoringReport.ReferralFigures(
        partner, counts[0], counts[1], median(hoursByPartner.get(partner)))));

    Map<String, Long> overdue = new TreeMap<>();
    for (Task task : taskService.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).list()) {
      boolean anyGroup = false;
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          overdue.merge(link.getGroupId(), 1L, Long::sum);
          anyGroup = true;
        }
      }
      if (!anyGroup) {
        overdue.merge(UNKNOWN, 1L, Long::sum);
      }
    }

    // requests worked on in the period (open at its end, or finished within it), by register state
    List<HistoricProcessInstance> requests = new ArrayList<>(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(sources.coordinationRequestKey()).startedBefore(end).unfinished().list());
    requests.addAll(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(sources.coordinationRequestKey()).finishedAfter(start).finishedBefore(end).list());
    Map<String, String> states = coordinationRequests.germanStatesOf(requests.stream()
        .map(HistoricProcessInstance::getBusinessKey).filter(java.util.Objects::nonNull).toList());
    Map<String, Long> coordination = new TreeMap<>();
    for (HistoricProcessInstance request : requests) {
      coordination.merge(text(states.get(request.getBusinessKey())), 1L, Long::sum);
    }

    return new MonitoringReport(jourFixeKey, from, to, byRegion, bySource, clearings, referrals, overdue,
        doubleApproaches, byOutcome, coordination, actionItems.open(),
        projectChanges.changesBetween(from, to), publicActivities.figures(from, to),
        conferences.evaluatedBetween(from, to));
  }

  /** The history variables of the instances, by instance id (also the dashboard's, {@link ManagementDashboard}). */
  Map<String, Map<String, Object>> variables(List<String> processInstanceIds) {
    Map<String, Map<String, Object>> result = new HashMap<>();
    // in slices: an IN list of thousands of ids is not welcome on every database
    for (int i = 0; i < processInstanceIds.size(); i += 500) {
      List<String> slice = processInstanceIds.subList(i, Math.min(i + 500, processInstanceIds.size()));
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(slice.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
        if (variable.getValue() != null) {
          result.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    return result;
  }

  private static List<String> ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toList();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? UNKNOWN : value.toString();
  }

  static Double median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
