package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.conference.AnnualConferenceService;
import de.fachkraftimfokus.publicactivity.PublicActivityService.PublicWorkFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import de.fachkraftimfokus.projectchange.ProjectChangeService;

/**
 * The monitoring report of one Jour fixe (agreement 2.2: monitoring of project and funding
 * activities and results), computed from the platform's own data for the period since the
 * previous Jour fixe.
 *
 * @param publicWork the public activities published in the period (agreement 1.1–1.3)
 * @param projectChanges changes of the project offer and Einarbeitungen (clauses 2.1, 3.4) announced
 *     in the period or still open at its end
 * @param conferences the annual conferences (agreement 1.3) evaluated in the period
 */
public record MonitoringReport(
    String jourFixeKey,
    Instant from,
    Instant to,
    Map<String, Long> newCasesByRegion,
    Map<String, Long> newCasesBySource,
    long clearingsDone,
    List<ReferralFigures> referralsByPartner,
    Map<String, Long> overdueTasksByGroup,
    long doubleApproaches,
    Map<String, Long> doubleApproachesByOutcome,
    Map<String, Long> coordinationRequestsByState,
    List<ActionItem> openActionItems,
    List<ProjectChangeService.ChangeOverview> projectChanges,
    PublicWorkFigures publicWork,
    List<AnnualConferenceService.ConferenceEvaluation> conferences) {

  /**
   * @param decided referrals accepted or declined in the period
   * @param medianHoursToAcceptance median time from referral to acceptance, null without acceptances
   */
  public record ReferralFigures(String partnerGroup, long decided, long accepted, Double medianHoursToAcceptance) {

    public double acceptanceRate() {
      return decided == 0 ? 0 : (double) accepted / decided;
    }
  }

  public long newCases() {
    return newCasesByRegion.values().stream().mapToLong(Long::longValue).sum();
  }
}
