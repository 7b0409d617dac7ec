package de.fachkraftimfokus.advisorycase;

/**
 * What a referral reported back to its case (kept in the case's {@code referralResults}).
 *
 * @param referralKey business key of the referral, {@code <case>-W<n>}
 * @param accepted whether the partner accepted
 * @param declineReason the partner's reason when it declined
 * @param outcome {@code referralOutcome} of <i>Ergebnis rückmelden</i> when accepted
 * @param summary the partner's summary when accepted
 */
public record ReferralResult(String referralKey, String offerId, String offerName, String partnerGroup,
    boolean accepted, String declineReason, String outcome, String summary) {}
