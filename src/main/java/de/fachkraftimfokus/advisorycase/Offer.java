package de.fachkraftimfokus.advisorycase;

/**
 * One offer of a partner, as the decision table {@code offer-for-need} recommends it. Stored as a
 * JSON process variable, so it stays a plain record.
 *
 * @param partnerGroup group id of DESIGN.md §1; {@code network-kmu} means the Regiocoach serves it
 *     and no referral is made
 * @param externalConsultancy delivered by an outside process consultancy: the referral must record
 *     that it meets the process-consulting standard of agreement 3.4
 */
public record Offer(String offerId, String offerName, String partnerGroup, boolean externalConsultancy) {

  /** The partner group whose offers the Regiocoach delivers without referral. */
  public static final String REGIOCOACH_GROUP = de.fachkraftimfokus.identity.PartnerGroup.NETWORK_KMU.id();

  /** True if a referral to another partner is needed (not for offers of the Regiocoach). */
  public boolean needsReferral() {
    return !REGIOCOACH_GROUP.equals(partnerGroup);
  }
}
