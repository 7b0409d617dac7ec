package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.coordination.ActivityState;
import de.fachkraftimfokus.coordination.CoordinationRequestService;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.region.Region;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The business figures of the Leitung's dashboard in Cockpit (issue 19): cases by region and path
 * month by month, closed cases included, referrals by partner and outcome, overdue tasks by group,
 * double approaches avoided and the coordination requests by state. The overdue tasks, double
 * approaches and coordination requests come from the monitoring report's own queries
 * ({@link MonitoringReportService}), so dashboard and report never disagree; the months and the
 * referral outcomes are counted here from the same history. Figures only — no company, no person.
 *
 * <p>Runs with the engine's authorization checks off (the caller's groups are checked before):
 * Leitung must not read a case's variables ({@code enforceSpecificVariablePermission}), but the
 * figures are counted from them.
 */
@Service
public class ManagementDashboard {

  static final int DEFAULT_MONTHS = 12;
  static final int MAX_MONTHS = 36;
  static final int MAX_CASES = 2000;
  static final String OPEN = "noch offen";
  static final String WITHDRAWN = "Rückzug des Unternehmens";
  static final String HANDED_OVER = "Übergabe an anderen Partner";
  static final String ACCEPTED = "angenommen";
  static final String DECLINED = "abgelehnt";
  static final String CANCELLED = "entfallen";

  private final HistoryService history;
  private final MonitoringReportService reports;
  private final CoordinationRequestService coordinationRequests;

  ManagementDashboard(HistoryService history, MonitoringReportService reports,
      CoordinationRequestService coordinationRequests) {
    this.history = history;
    this.reports = reports;
    this.coordinationRequests = coordinationRequests;
  }

  /** One month's count per series (e.g. per region), the months in order. */
  public record Series(String label, List<Long> counts) {

    public long total() {
      return counts.stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A referral partner's referrals started in the period, by how they ended (or not yet). */
  public record PartnerReferrals(String partnerGroup, String partner, long accepted, long declined, long cancelled,
      long open) {}

  /** A label with its count (German names, never ids alone). */
  public record Count(String label, long count) {}

  /**
   * @param months the months of the period, {@code YYYY-MM}, oldest first
   * @param startedByRegion cases opened per month, by region
   * @param closedByPath cases ended per month, by path (with withdrawal and hand-over)
   * @param openByPath cases opened in the period that are still running, by the path chosen so far
   * @param overdueTasksByGroup tasks overdue now, by candidate group
   * @param doubleApproachesDetected cases of the period in which another partner was already in contact
   * @param doubleApproachesByOutcome how they were coordinated — each one a double approach avoided
   * @param coordinationRequestsByState requests worked on in the period, by register state
   * @param openCoordinationRequests requests in the register not yet decided (announced, in statement
   *     round, in clarification, at the Jour fixe)
   */
  public record Figures(
      String from,
      String to,
      Instant computedAt,
      List<String> months,
      List<Series> startedByRegion,
      List<Series> closedByPath,
      long casesStarted,
      long casesClosed,
      List<Count> openByPath,
      List<PartnerReferrals> referralsByPartner,
      List<Count> overdueTasksByGroup,
      long doubleApproachesDetected,
      long doubleApproachesAvoided,
      List<Count> doubleApproachesByOutcome,
      List<Count> coordinationRequestsByState,
      long openCoordinationRequests) {}

  /** The figures of the {@code months} months up to and including {@code last}. */
  public Figures compute(YearMonth last, int months) {
    List<YearMonth> period = new ArrayList<>();
    for (int i = months - 1; i >= 0; i--) {
      period.add(last.minusMonths(i));
    }
    Instant from = period.get(0).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
    Instant to = last.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
    Date start = Date.from(from);
    Date end = Date.from(to);

    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(AdvisoryCaseProcess.KEY).startedAfter(start).startedBefore(end).list();
    List<HistoricProcessInstance> closed = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(AdvisoryCaseProcess.KEY).finished().finishedAfter(start).finishedBefore(end).list();
    List<String> ids = new ArrayList<>(started.stream().map(HistoricProcessInstance::getId).toList());
    closed.stream().map(HistoricProcessInstance::getId).filter(id -> !ids.contains(id)).forEach(ids::add);
    Map<String, Map<String, Object>> variables = reports.variables(ids);

    Map<String, long[]> byRegion = new LinkedHashMap<>();
    Arrays.stream(Region.values()).forEach(region -> byRegion.put(region.germanName(), new long[months]));
    Map<String, Long> openByPath = new TreeMap<>();
    for (HistoricProcessInstance instance : started) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      String region = regionName(vars.get(AdvisoryCaseProcess.Var.REGION.name()));
      byRegion.computeIfAbsent(region, r -> new long[months])[period.indexOf(month(instance.getStartTime()))]++;
      if (instance.getEndTime() == null) {
        Object path = vars.get(AdvisoryCaseProcess.Var.CASE_PATH.name());
        openByPath.merge(path == null ? "vor der Wegentscheidung" : AdvisoryCaseProcess.pathLabel(path.toString()), 1L, Long::sum);
      }
    }
    Map<String, long[]> byPath = new TreeMap<>();
    for (HistoricProcessInstance instance : closed) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      byPath.computeIfAbsent(pathName(instance, vars), p -> new long[months])[period.indexOf(month(instance.getEndTime()))]++;
    }

    MonitoringReport report = reports.compute("Kennzahlen", from, to, MonitoringSources.standard());
    long avoided = report.doubleApproachesByOutcome().entrySet().stream()
        .filter(e -> !MonitoringReportService.UNKNOWN.equals(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    long open = coordinationRequests.countByState().entrySet().stream().filter(e -> stillOpen(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();

    return new Figures(period.get(0).toString(), last.toString(), ClockUtil.getCurrentTime().toInstant(),
        period.stream().map(YearMonth::toString).toList(), series(byRegion), series(byPath),
        started.size(), closed.size(), counts(openByPath), referrals(start, end), labelled(report.overdueTasksByGroup()),
        report.doubleApproaches(), avoided, labelled(report.doubleApproachesByOutcome()),
        counts(report.coordinationRequestsByState()), open);
  }

  /** A case as the Leitung's list shows it: case number and company, never the contact person. */
  public record CaseRow(String caseNumber, String processInstanceId, String company, String region, String path,
      String state, Instant startedAt, Instant endedAt) {}

  /**
   * The cases opened in the period and every case still running, newest first, at most
   * {@value #MAX_CASES}: open and closed ones (Cockpit itself lists only running instances).
   */
  public List<CaseRow> cases(YearMonth last, int months) {
    Date start = Date.from(last.minusMonths(months - 1L).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant());
    Date end = Date.from(last.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant());
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey(AdvisoryCaseProcess.KEY).unfinished()
        .orderByProcessInstanceStartTime().desc().listPage(0, MAX_CASES).forEach(i -> instances.put(i.getId(), i));
    history.createHistoricProcessInstanceQuery().processDefinitionKey(AdvisoryCaseProcess.KEY).startedAfter(start)
        .startedBefore(end).orderByProcessInstanceStartTime().desc().listPage(0, MAX_CASES)
        .forEach(i -> instances.putIfAbsent(i.getId(), i));
    List<HistoricProcessInstance> sorted = instances.values().stream()
        .sorted(java.util.Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()).limit(MAX_CASES)
        .toList();
    Map<String, Map<String, Object>> variables = reports.variables(sorted.stream().map(HistoricProcessInstance::getId)
        .toList());
    return sorted.stream().map(instance -> {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      Object company = vars.get(AdvisoryCaseProcess.Var.COMPANY_NAME.name());
      Object path = vars.get(AdvisoryCaseProcess.Var.CASE_PATH.name());
      return new CaseRow(instance.getBusinessKey(), instance.getId(), company == null ? null : company.toString(),
          regionName(vars.get(AdvisoryCaseProcess.Var.REGION.name())),
          instance.getEndTime() != null ? pathName(instance, vars) : path == null ? null : AdvisoryCaseProcess.pathLabel(path.toString()),
          instance.getEndTime() == null ? "offen" : "abgeschlossen", instance.getStartTime().toInstant(),
          instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
    }).toList();
  }

  /** Referrals started in the period, by partner group and how they ended. */
  private List<PartnerReferrals> referrals(Date start, Date end) {
    List<HistoricProcessInstance> referrals = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReferralProcess.KEY).startedAfter(start).startedBefore(end).list();
    Map<String, Map<String, Object>> variables = reports.variables(
        referrals.stream().map(HistoricProcessInstance::getId).toList());
    Map<String, long[]> byPartner = new TreeMap<>();
    for (HistoricProcessInstance referral : referrals) {
      Map<String, Object> vars = variables.getOrDefault(referral.getId(), Map.of());
      Object partner = vars.get(ReferralProcess.Var.PARTNER_GROUP.name());
      long[] counts = byPartner.computeIfAbsent(partner == null ? MonitoringReportService.UNKNOWN : partner.toString(),
          p -> new long[4]);
      Object accepted = vars.get(ReferralProcess.Var.ACCEPTED.name());
      if (Boolean.TRUE.equals(accepted)) {
        counts[0]++;
      } else if (Boolean.FALSE.equals(accepted)) {
        counts[1]++;
      } else if (referral.getEndTime() != null) {
        counts[2]++;
      } else {
        counts[3]++;
      }
    }
    List<PartnerReferrals> result = new ArrayList<>();
    byPartner.forEach((group, c) -> result.add(new PartnerReferrals(group, label(group), c[0], c[1], c[2], c[3])));
    return result;
  }

  private static boolean stillOpen(ActivityState state) {
    return state == ActivityState.ANGEKUENDIGT || state == ActivityState.IN_ABSTIMMUNG
        || state == ActivityState.IN_KLAERUNG || state == ActivityState.JOUR_FIXE;
  }

  private static String pathName(HistoricProcessInstance instance, Map<String, Object> vars) {
    if (Boolean.TRUE.equals(vars.get(AdvisoryCaseProcess.Var.WITHDRAWN.name()))) {
      return WITHDRAWN;
    }
    if (AdvisoryCaseProcess.Element.CASE_HANDED_OVER.equals(instance.getEndActivityId())) {
      return HANDED_OVER;
    }
    Object path = vars.get(AdvisoryCaseProcess.Var.CASE_PATH.name());
    return path == null ? MonitoringReportService.UNKNOWN : AdvisoryCaseProcess.pathLabel(path.toString());
  }

  private static String regionName(Object region) {
    return region == null ? MonitoringReportService.UNKNOWN
        : Region.byId(region.toString()).map(Region::germanName).orElse(region.toString());
  }

  private static YearMonth month(Date date) {
    return YearMonth.from(ZonedDateTime.ofInstant(date.toInstant(), WorkingDays.ZONE));
  }

  private static List<Series> series(Map<String, long[]> counts) {
    List<Series> series = new ArrayList<>();
    counts.forEach((label, perMonth) -> series.add(new Series(label, Arrays.stream(perMonth).boxed().toList())));
    return series;
  }

  private static List<Count> counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static List<Count> labelled(Map<String, Long> counts) {
    Map<String, Long> labelled = new LinkedHashMap<>();
    counts.forEach((key, count) -> labelled.merge(label(key), count, Long::sum));
    return counts(labelled);
  }

  /** German name of a region, group (regional groups too, „PFIFF – Fachkräfteportal, Region Harz“) or outcome. */
  static String label(String key) {
    String label = MonitoringReportRenderer.label(key);
    if (!label.equals(key)) {
      return label;
    }
    for (PartnerGroup group : PartnerGroup.values()) {
      for (Region region : Region.values()) {
        if (key.equals(group.id() + "-" + region.id())) {
          return group.germanName() + ", Region " + region.germanName();
        }
      }
    }
    return key;
  }
}
