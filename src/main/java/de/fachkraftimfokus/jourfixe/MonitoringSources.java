package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.referral.ReferralProcess;

/**
 * Where the monitoring report finds its figures in the engine's history: process keys, task ids
 * and variable names of the other processes (their contract, DESIGN.md §5). A record so that the
 * report test can point it at fixture processes without touching the real models.
 */
public record MonitoringSources(
    String advisoryCaseKey,
    String regionVariable,
    String inquirySourceVariable,
    String clearingTask,
    String doubleApproachVariable,
    String approachOutcomeVariable,
    String referralKey,
    String acceptReferralTask,
    String partnerGroupVariable,
    String acceptedVariable,
    String coordinationRequestKey) {

  public static MonitoringSources standard() {
    return new MonitoringSources(AdvisoryCaseProcess.KEY, AdvisoryCaseProcess.Var.REGION.name(),
        AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), AdvisoryCaseProcess.Element.CLEARING,
        AdvisoryCaseProcess.Var.DOUBLE_APPROACH.name(), AdvisoryCaseProcess.Var.APPROACH_OUTCOME.name(),
        ReferralProcess.KEY, ReferralProcess.Element.ACCEPT_REFERRAL, ReferralProcess.Var.PARTNER_GROUP.name(),
        ReferralProcess.Var.ACCEPTED.name(), CoordinationRequestProcess.KEY);
  }
}
