package de.fachkraftimfokus.advisorycase;

/**
 * What a referral reported back to its case (kept in the case's {@code referralResults}).
 *
 * @param referralKey business key of the referral, {@code <case>-W<n>}
 * @param accepted whether the partner accepted
 * @param declineReason the partner's reason when it declined
 * @param outcome {@code referralOutcome} of <i>Ergebnis rückmelden</i> when accepted
 * @param summary the partner's summary when accepted
 * @param firstContactDate the day of the partner's first contact ({@code JJJJ-MM-TT}), when documented
 * @param firstContactNote the partner's note on the first contact
 */
public record ReferralResult(String referralKey, String offerId, String offerName, String partnerGroup,
    boolean accepted, String declineReason, String outcome, String summary, String firstContactDate,
    String firstContactNote) {

  private static final java.util.Map<String, String> OUTCOMES = java.util.Map.of(
      "UNTERSTUETZUNG_LAEUFT", "Unterstützung läuft",
      "ABGESCHLOSSEN", "Unterstützung abgeschlossen",
      "KEIN_BEDARF", "Kein Bedarf beim Unternehmen");

  /** The German name of the outcome, as the form „Ergebnis rückmelden“ offers it. */
  public String outcomeName() {
    return outcome == null ? null : OUTCOMES.getOrDefault(outcome, outcome);
  }

  /** The first contact's day as „03.12.2026“, or null. */
  public String firstContactDay() {
    if (firstContactDate == null || firstContactDate.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(firstContactDate.substring(0, Math.min(10, firstContactDate.length())))
          .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    } catch (java.time.format.DateTimeParseException e) {
      return firstContactDate;
    }
  }
}
