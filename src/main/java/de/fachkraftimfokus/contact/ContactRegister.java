package de.fachkraftimfokus.contact;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The contact register of agreement 3.3: who is in contact with which company, so that no company
 * is approached twice without coordination.
 *
 * <p>Every write locks the company's registry row first ({@code SELECT ... FOR UPDATE}), so that
 * concurrent checks and registrations for one company run one after the other, each seeing what
 * the previous one committed. Methods join the caller's transaction (the engine's, in delegates).
 */
@Service
public class ContactRegister {

  private static final String COLUMNS =
      "id, company_id, partner_group, region, reference, topic, since, ended_at, registered_by, coordinated";

  private static final RowMapper<Contact> ROW = (rs, n) -> {
    Timestamp ended = rs.getTimestamp("ended_at");
    return new Contact(rs.getLong("id"), rs.getLong("company_id"), rs.getString("partner_group"),
        rs.getString("region"), rs.getString("reference"), rs.getString("topic"),
        rs.getTimestamp("since").toInstant(), ended == null ? null : ended.toInstant(),
        rs.getString("registered_by"), rs.getBoolean("coordinated"));
  };

  private final JdbcTemplate jdbc;
  private final ContactProperties properties;

  ContactRegister(JdbcTemplate jdbc, ContactProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The configured window of the double-approach check ({@code fkif.contacts.double-approach-window}). */
  public Duration doubleApproachWindow() {
    return properties.doubleApproachWindow();
  }

  /** {@link #claimOrReportConflicts(long, String, String, String, String, String, Duration)} with the configured window. */
  public ClaimResult claimOrReportConflicts(long companyId, String partnerGroup, String region, String reference,
      String topic, String registeredBy) {
    return claimOrReportConflicts(companyId, partnerGroup, region, reference, topic, registeredBy,
        doubleApproachWindow());
  }

  /**
   * Double-approach guard (agreement 3.3). Locks the company row so that concurrent claims for one
   * company serialise, then looks for contacts of <em>other</em> references that are still active or
   * ended less than {@code window} ago (i.e. were active within the window). None: registers this
   * contact (not coordinated) at once and returns {@code claimed}. Otherwise registers nothing and
   * returns the conflicting contacts, newest first.
   *
   * <p>Contacts of this reference itself and of its referrals ({@code <reference>-W1}, …) are no
   * conflict, so a retried check claims again without alarm.
   */
  public ClaimResult claimOrReportConflicts(long companyId, String partnerGroup, String region, String reference,
      String topic, String registeredBy, Duration window) {
    checkContact(partnerGroup, region, reference, topic, registeredBy);
    if (window == null || window.isNegative()) {
      throw new IllegalArgumentException("Zeitfenster der Doppelansprache-Prüfung fehlt oder ist negativ");
    }
    lockCompany(companyId);
    Instant cutoff = WorkingDays.now().toInstant().minus(window);
    List<Contact> conflicts = jdbc.query("SELECT " + COLUMNS + " FROM fkif_contact WHERE company_id = ?"
            + " AND (ended_at IS NULL OR ended_at >= ?) ORDER BY since DESC, id DESC",
            ROW, companyId, Timestamp.from(cutoff)).stream()
        .filter(c -> !ownReference(c.reference(), reference))
        .toList();
    if (!conflicts.isEmpty()) {
      return new ClaimResult(false, conflicts);
    }
    registerLocked(companyId, partnerGroup, region, reference, topic, registeredBy, false);
    return new ClaimResult(true, List.of());
  }

  /**
   * Registers a contact without the check, e.g. after <i>Ansprache abstimmen</i>, when a partner
   * accepts a referral, or from a partner's system through the REST API. Idempotent: while this
   * reference has an active contact of this partner group with the company, that one is returned.
   */
  public Contact register(long companyId, String partnerGroup, String region, String reference, String topic,
      String registeredBy, boolean coordinated) {
    checkContact(partnerGroup, region, reference, topic, registeredBy);
    lockCompany(companyId);
    return registerLocked(companyId, partnerGroup, region, reference, topic, registeredBy, coordinated);
  }

  private Contact registerLocked(long companyId, String partnerGroup, String region, String reference,
      String topic, String registeredBy, boolean coordinated) {
    Optional<Contact> active = jdbc.query("SELECT " + COLUMNS + " FROM fkif_contact WHERE company_id = ?"
        + " AND reference = ? AND partner_group = ? AND ended_at IS NULL ORDER BY id", ROW,
        companyId, reference, partnerGroup).stream().findFirst();
    if (active.isPresent()) {
      return active.get();
    }
    Instant now = WorkingDays.now().toInstant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO fkif_contact (company_id, partner_group, region,"
          + " reference, topic, since, registered_by, coordinated) VALUES (?,?,?,?,?,?,?,?)", new String[] {"id"});
      statement.setLong(1, companyId);
      statement.setString(2, partnerGroup);
      statement.setString(3, region);
      statement.setString(4, reference);
      statement.setString(5, topic);
      statement.setTimestamp(6, Timestamp.from(now));
      statement.setString(7, registeredBy);
      statement.setBoolean(8, coordinated);
      return statement;
    }, key);
    long id = key.getKey().longValue();
    return find(id).orElseThrow();
  }

  /** Ends every active contact of this reference (case or referral ended, company withdrew). Idempotent. */
  public int endByReference(String reference) {
    return jdbc.update("UPDATE fkif_contact SET ended_at = ? WHERE reference = ? AND ended_at IS NULL",
        Timestamp.from(WorkingDays.now().toInstant()), reference);
  }

  /**
   * Ends every active contact of a case and of its referrals ({@code <caseKey>-W<n>}), e.g. when
   * the company withdraws. Idempotent.
   */
  public int endByCase(String caseKey) {
    return jdbc.update("UPDATE fkif_contact SET ended_at = ? WHERE (reference = ? OR reference LIKE ?)"
        + " AND ended_at IS NULL", Timestamp.from(WorkingDays.now().toInstant()), caseKey, escapeLike(caseKey) + "-W%");
  }

  /**
   * Ends one contact if it belongs to this partner group (REST API).
   *
   * @return true if the contact exists and belongs to the partner group (ended now or before)
   */
  public boolean end(long contactId, String partnerGroup) {
    Optional<Contact> contact = find(contactId);
    if (contact.isEmpty() || !contact.get().partnerGroup().equals(partnerGroup)) {
      return false;
    }
    jdbc.update("UPDATE fkif_contact SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        Timestamp.from(WorkingDays.now().toInstant()), contactId);
    return true;
  }

  /** The company's active contacts, oldest first. */
  public List<Contact> activeFor(long companyId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM fkif_contact WHERE company_id = ? AND ended_at IS NULL"
        + " ORDER BY since, id", ROW, companyId);
  }

  /** All contacts registered for this reference, active or ended, oldest first. */
  public List<Contact> byReference(String reference) {
    return jdbc.query("SELECT " + COLUMNS + " FROM fkif_contact WHERE reference = ? ORDER BY since, id",
        ROW, reference);
  }

  public Optional<Contact> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM fkif_contact WHERE id = ?", ROW, id).stream().findFirst();
  }

  /**
   * Records how the double approach detected for this reference was resolved ({@link ApproachOutcome}
   * name), for the Jour fixe monitoring report. One record per reference; a second call replaces it.
   *
   * @param otherPartners the partner groups that were in contact, e.g. {@code "pfiff, network-kmu"}
   */
  public void recordResolution(String reference, long companyId, String outcome, String otherPartners) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("Referenz fehlt");
    }
    if (ApproachOutcome.byName(outcome).isEmpty()) {
      throw new IllegalArgumentException("Unbekanntes Ergebnis der Abstimmung: " + outcome
          + " (erlaubt: WE_LEAD, OTHER_LEADS, NO_CONFLICT)");
    }
    String partners = otherPartners == null ? null
        : otherPartners.length() > 1000 ? otherPartners.substring(0, 1000) : otherPartners;
    Timestamp now = Timestamp.from(WorkingDays.now().toInstant());
    int updated = jdbc.update("UPDATE fkif_double_approach SET company_id = ?, outcome = ?, other_partners = ?,"
        + " resolved_at = ? WHERE reference = ?", companyId, outcome, partners, now, reference);
    if (updated == 0) {
      jdbc.update("INSERT INTO fkif_double_approach (reference, company_id, outcome, other_partners, resolved_at)"
          + " VALUES (?,?,?,?,?)", reference, companyId, outcome, partners, now);
    }
  }

  /** The recorded resolution of this reference's double approach, if any (outcome name). */
  public Optional<String> resolutionOf(String reference) {
    return jdbc.queryForList("SELECT outcome FROM fkif_double_approach WHERE reference = ?", String.class, reference)
        .stream().findFirst();
  }

  private void lockCompany(long companyId) {
    List<Long> locked = jdbc.queryForList("SELECT id FROM fkif_company WHERE id = ? FOR UPDATE", Long.class, companyId);
    if (locked.isEmpty()) {
      throw new IllegalArgumentException("Unbekanntes Unternehmen: " + companyId);
    }
  }

  private static boolean ownReference(String contactReference, String reference) {
    return contactReference.equals(reference) || contactReference.startsWith(reference + "-W");
  }

  private static void checkContact(String partnerGroup, String region, String reference, String topic,
      String registeredBy) {
    requireText(partnerGroup, "Partner (Gruppe)", 64);
    requireText(reference, "Referenz", 100);
    requireText(topic, "Thema", 500);
    requireText(registeredBy, "Registriert von", 128);
    if (region != null && region.length() > 32) {
      throw new IllegalArgumentException("Region ist länger als 32 Zeichen");
    }
  }

  private static void requireText(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(label + " fehlt");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(label + " ist länger als " + max + " Zeichen");
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
