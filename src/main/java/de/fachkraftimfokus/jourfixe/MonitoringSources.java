package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.process.ProcessKey;

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
    return new MonitoringSources(ProcessKey.ADVISORY_CASE.key(), "region", "inquirySource", "clearing",
        "doubleApproach", "approachOutcome", ProcessKey.REFERRAL.key(), "acceptReferral", "partnerGroup",
        "accepted", ProcessKey.COORDINATION_REQUEST.key());
  }
}
