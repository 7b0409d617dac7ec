package de.fachkraftimfokus.contact;

import java.time.Instant;

/**
 * One partner's contact with one company (agreement 3.3): who ({@code partnerGroup}, a group id such
 * as {@code pfiff}), since when, for which {@code reference} (a case key {@code BF-2026-00001}, a
 * referral key {@code BF-2026-00001-W1}, or a partner system's own reference), in which region,
 * about which topic. Active while {@code endedAt} is null. {@code coordinated} marks contacts that
 * were agreed with the partners already in contact (after <i>Ansprache abstimmen</i> or a referral).
 * No personal data of the company's staff.
 */
public record Contact(long id, long companyId, String partnerGroup, String region, String reference,
    String topic, Instant since, Instant endedAt, String registeredBy, boolean coordinated) {

  public boolean active() {
    return endedAt == null;
  }
}
