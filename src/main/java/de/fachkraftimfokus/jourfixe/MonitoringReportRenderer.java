package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.document.DocumentTemplates;
import de.fachkraftimfokus.publicactivity.PublicActivityService.PublicWorkFigures;
import de.fachkraftimfokus.region.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The monitoring report as XHTML with PNG charts, from the template
 * {@code templates/jourfixe/monitoring-report.html}, and as PDF. Java turns the report's codes into
 * their German names and hands the figures over; headings, labels and chart titles are in the
 * template.
 */
@Component
public class MonitoringReportRenderer {

  static final String TEMPLATE = "jourfixe/monitoring-report.html";

  private final DocumentTemplates documents;

  MonitoringReportRenderer(DocumentTemplates documents) {
    this.documents = documents;
  }

  public String html(MonitoringReport report) {
    return documents.render(TEMPLATE, Map.of("report", view(report), "charts", MonitoringCharts.INSTANCE));
  }

  public byte[] pdf(String html) {
    return documents.toPdf(html);
  }

  /**
   * The report as the template reads it: counts keyed by German names (in the order of the
   * codes), the period as days in Berlin.
   *
   * @param referralsAccepted accepted referrals of all partners
   * @param referralsDecided accepted or declined referrals of all partners
   */
  public record View(String jourFixeKey, LocalDate from, LocalDate to, long newCases, long clearingsDone,
      long referralsAccepted, long referralsDecided, Map<String, Long> newCasesByRegion,
      Map<String, Long> newCasesBySource, List<Referrals> referralsByPartner, Map<String, Long> overdueTasksByGroup,
      long doubleApproaches, Map<String, Long> doubleApproachesByOutcome, Map<String, Long> coordinationRequestsByState,
      List<OpenAction> openActionItems, List<ProjectChange> projectChanges, PublicWork publicWork,
      List<Conference> conferences) {}

  /**
   * An annual conference evaluated in the period (agreement 1.3), in German.
   *
   * @param leadPartner German name of the lead partner
   */
  public record Conference(String businessKey, int year, String motto, LocalDate date, String leadPartner,
      long registrations, long registeredParticipants, int participants, int companies, String feedbackSummary,
      int followUps, String invitationResult) {}

  /**
   * Section „Öffentlichkeitsarbeit“ (agreement 1.1–1.3): the public activities published in the
   * period.
   *
   * @param byKind German kind name → activities
   * @param byKindAndPartner one row per kind and lead partner (German names)
   * @param brandFirstTryPercent activities whose brand was complete on the first check, of all, in per cent
   * @param crossLinksConfirmedPercent confirmed cross-links of those asked, in per cent
   */
  public record PublicWork(long published, Map<String, Long> byKind, List<KindAndPartner> byKindAndPartner,
      long brandFirstTry, long brandFirstTryPercent, long crossLinksAsked, long crossLinksConfirmed,
      long crossLinksConfirmedPercent, long crossLinksDeclined, long crossLinksMissing, long crossLinksOpen,
      long resultsRecorded, long participants) {}

  public record KindAndPartner(String kind, String partner, long activities) {}

  /**
   * A change of the project offer or an Einarbeitung (clauses 2.1, 3.4), in German.
   *
   * @param pendingRegions the Network-KMU regions that have not acknowledged, "–" when none
   * @param closedOn null while it runs
   */
  public record ProjectChange(String businessKey, String title, String announcedBy, LocalDate announcedOn,
      boolean significant, String tableState, String eventState, String pendingRegions, LocalDate closedOn) {}

  /**
   * @param acceptancePercent accepted of decided in per cent, rounded half up
   * @param medianHoursToAcceptance hours, one decimal rounded half up; null without acceptances
   */
  public record Referrals(String partner, long decided, long accepted, long acceptancePercent,
      BigDecimal medianHoursToAcceptance) {}

  /** An open action item: its Jour fixe, the German name of the owner group, due date, what to do. */
  public record OpenAction(String jourFixeKey, String owner, LocalDate dueDate, String description) {}

  static View view(MonitoringReport report) {
    List<Referrals> referrals = report.referralsByPartner().stream().map(r -> new Referrals(
        JourFixeService.groupName(r.partnerGroup()), r.decided(), r.accepted(), Math.round(r.acceptanceRate() * 100),
        r.medianHoursToAcceptance() == null ? null
            : BigDecimal.valueOf(r.medianHoursToAcceptance()).setScale(1, RoundingMode.HALF_UP))).toList();
    return new View(report.jourFixeKey(), JourFixeCalendar.dayOf(report.from()),
        JourFixeCalendar.dayOf(report.to()), report.newCases(), report.clearingsDone(),
        referrals.stream().mapToLong(Referrals::accepted).sum(), referrals.stream().mapToLong(Referrals::decided).sum(),
        labelled(report.newCasesByRegion()), labelled(report.newCasesBySource()), referrals,
        labelled(report.overdueTasksByGroup()), report.doubleApproaches(), labelled(report.doubleApproachesByOutcome()),
        labelled(report.coordinationRequestsByState()),
        report.openActionItems().stream().map(action -> new OpenAction(action.jourFixeRef(),
            JourFixeService.groupName(action.ownerGroup()), action.dueDate(), action.description())).toList(),
        report.projectChanges().stream().map(change -> new ProjectChange(change.businessKey(), change.title(),
            change.announcingGroup(), JourFixeCalendar.dayOf(change.announcedAt()),
            change.significant(), change.tableState(), change.eventState(),
            change.pendingRegions().isEmpty() ? "–" : String.join(", ", change.pendingRegions()),
            change.closedAt() == null ? null : JourFixeCalendar.dayOf(change.closedAt()))).toList(),
        publicWork(report.publicWork()),
        report.conferences().stream().map(c -> new Conference(c.businessKey(), c.year(), c.motto() == null ? "" : c.motto(),
            c.date(), JourFixeService.groupName(c.leadPartner()), c.registrations(), c.registeredParticipants(),
            c.participants(), c.companies(), c.feedbackSummary() == null ? "" : c.feedbackSummary(), c.followUps(),
            c.invitationResult())).toList());
  }

  static PublicWork publicWork(PublicWorkFigures figures) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    List<KindAndPartner> rows = new java.util.ArrayList<>();
    figures.byKindAndPartner().forEach((kind, partners) -> partners.forEach((partner, count) -> {
      byKind.merge(kind, count, Long::sum);
      rows.add(new KindAndPartner(kind, JourFixeService.groupName(partner), count));
    }));
    return new PublicWork(figures.published(), byKind, rows, figures.brandFirstTry(),
        Math.round(figures.brandFirstTryRate() * 100), figures.crossLinksAsked(), figures.crossLinksConfirmed(),
        Math.round(figures.crossLinkRate() * 100), figures.crossLinksDeclined(), figures.crossLinksMissing(),
        figures.crossLinksOpen(), figures.resultsRecorded(), figures.participants());
  }

  private static Map<String, Long> labelled(Map<String, Long> counts) {
    Map<String, Long> labelled = new LinkedHashMap<>();
    counts.forEach((code, count) -> labelled.merge(label(code), count, Long::sum));
    return labelled;
  }

  /** Region, group, inquiry source and approach outcome codes read as their German names. */
  static String label(String key) {
    return Region.byId(key).map(Region::germanName)
        .or(() -> Optional.ofNullable(AdvisoryCaseProcess.INQUIRY_SOURCE_NAMES.get(key)))
        .or(() -> ApproachOutcome.byName(key).map(ApproachOutcome::germanName))
        .orElseGet(() -> JourFixeService.groupName(key));
  }
}
