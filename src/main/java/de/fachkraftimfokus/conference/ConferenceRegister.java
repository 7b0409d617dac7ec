package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceFormat;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionKind;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.FollowUp;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The conference's own tables (Flyway V100): {@code fv_conference} (one row per year), its
 * contributions, programme, programme document, registrations and follow-ups. Written inside the
 * engine's transactions, so a refused step leaves nothing behind. Explicit SQL like the activity
 * register's; the reservation of a year is an insert that cannot fail on PostgreSQL (see
 * {@link #reserve}).
 */
@Repository
class ConferenceRegister {

  /** A partner's programme contribution; {@code submittedAt} is null while it is asked for or late. */
  record Contribution(String partnerGroup, ContributionState state, ContributionKind kind, String title,
      String speaker, Integer durationMinutes, String needs, Instant submittedAt) {}

  /**
   * Registrations so far.
   *
   * @param companies distinct company names (case and spaces ignored)
   */
  record Totals(long registrations, long companies, long participants) {}

  /** Where a registration came from. */
  enum RegistrationSource { TASKLIST, API }

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  ConferenceRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Conference> find(String businessKey) {
    return jdbc.query("SELECT * FROM fv_conference WHERE business_key = ?", ConferenceRegister::conference, businessKey)
        .stream().findFirst();
  }

  Optional<Conference> ofYear(int year) {
    return jdbc.query("SELECT * FROM fv_conference WHERE conference_year = ?", ConferenceRegister::conference, year)
        .stream().findFirst();
  }

  /**
   * Reserves the year for the conference: true if this start has it, false if another conference of
   * the year exists (also one started at the same moment). On PostgreSQL {@code ON CONFLICT DO
   * NOTHING}, because a failed statement would abort the engine's whole transaction there (the
   * second start must get a German 400, not a 500); H2 keeps its transaction after a duplicate key.
   */
  boolean reserve(String businessKey, int year, String startedBy, String proposedLead) {
    String insert = """
        INSERT INTO fv_conference (business_key, conference_year, started_by, proposed_lead, state, created_at)
        VALUES (?,?,?,?,?,?)""";
    Object[] args = {businessKey, year, startedBy, proposedLead, ConferenceState.IN_PLANUNG.name(), now()};
    if (isPostgres()) {
      return jdbc.update(insert + " ON CONFLICT DO NOTHING", args) == 1;
    }
    try {
      return jdbc.update(insert, args) == 1;
    } catch (DuplicateKeyException sameYear) {
      return false;
    }
  }

  /** The lead partner of the latest earlier year that has one (the rotation's memory). */
  Optional<String> previousLead(int year) {
    return jdbc.queryForList("""
        SELECT lead_partner FROM fv_conference WHERE conference_year < ? AND lead_partner IS NOT NULL
        ORDER BY conference_year DESC""", String.class, year).stream().findFirst();
  }

  void fix(String businessKey, String lead, String overrideReason, LocalDate date, ConferenceFormat format,
      String venue, String motto, String topics, Long budgetFrame, LocalDate registrationDeadline,
      LocalDate contributionDue) {
    jdbc.update("""
        UPDATE fv_conference SET lead_partner = ?, lead_override_reason = ?, conference_date = ?, conference_format = ?,
          venue = ?, motto = ?, topics = ?, budget_frame = ?, registration_deadline = ?, contribution_due = ?, state = ?
        WHERE business_key = ?""", lead, overrideReason, Date.valueOf(date), format.name(), venue, motto, topics,
        budgetFrame, Date.valueOf(registrationDeadline), Date.valueOf(contributionDue),
        ConferenceState.BEITRAEGE.name(), businessKey);
  }

  void state(String businessKey, ConferenceState state) {
    jdbc.update("UPDATE fv_conference SET state = ? WHERE business_key = ?", state.name(), businessKey);
  }

  /** One row per partner asked (a second round, if ever, keeps the answers given). */
  void askContributions(String businessKey, List<String> partners) {
    for (String partner : partners) {
      if (jdbc.queryForObject("SELECT COUNT(*) FROM fv_contribution WHERE business_key = ? AND partner_group = ?",
          Integer.class, businessKey, partner) == 0) {
        jdbc.update("INSERT INTO fv_contribution (business_key, partner_group, state) VALUES (?,?,?)", businessKey,
            partner, ContributionState.ANGEFRAGT.name());
      }
    }
  }

  void submit(String businessKey, String partner, ContributionKind kind, String title, String speaker,
      Integer minutes, String needs, String by) {
    ContributionState state = kind == ContributionKind.KEIN_BEITRAG ? ContributionState.KEIN_BEITRAG
        : ContributionState.EINGEREICHT;
    jdbc.update("""
        UPDATE fv_contribution SET state = ?, contribution_kind = ?, title = ?, speaker = ?, duration_minutes = ?,
          needs = ?, submitted_by = ?, submitted_at = ? WHERE business_key = ? AND partner_group = ?""",
        state.name(), kind.name(), title, speaker, minutes, needs, by, now(), businessKey, partner);
  }

  /** The partners still asked when the deadline passed are noted as late; returns them. */
  List<String> markLate(String businessKey) {
    List<String> late = jdbc.queryForList("""
        SELECT partner_group FROM fv_contribution WHERE business_key = ? AND state = ? ORDER BY partner_group""",
        String.class, businessKey, ContributionState.ANGEFRAGT.name());
    jdbc.update("UPDATE fv_contribution SET state = ? WHERE business_key = ? AND state = ?",
        ContributionState.VERSPAETET.name(), businessKey, ContributionState.ANGEFRAGT.name());
    return late;
  }

  List<Contribution> contributions(String businessKey) {
    return jdbc.query("SELECT * FROM fv_contribution WHERE business_key = ? ORDER BY partner_group",
        (rs, i) -> new Contribution(rs.getString("partner_group"), ContributionState.valueOf(rs.getString("state")),
            rs.getString("contribution_kind") == null ? null : ContributionKind.valueOf(rs.getString("contribution_kind")),
            rs.getString("title"), rs.getString("speaker"), (Integer) rs.getObject("duration_minutes", Integer.class),
            rs.getString("needs"), instant(rs.getTimestamp("submitted_at"))), businessKey);
  }

  void replaceSlots(String businessKey, List<ProgrammeSlot> slots) {
    jdbc.update("DELETE FROM fv_programme_slot WHERE business_key = ?", businessKey);
    int position = 0;
    for (ProgrammeSlot slot : slots) {
      jdbc.update("""
          INSERT INTO fv_programme_slot (business_key, position, start_time, end_time, title, speaker, room)
          VALUES (?,?,?,?,?,?,?)""", businessKey, position++, slot.startTime(), slot.endTime(), slot.title(),
          slot.speaker(), slot.room());
    }
  }

  List<ProgrammeSlot> slots(String businessKey) {
    return jdbc.query("SELECT * FROM fv_programme_slot WHERE business_key = ? ORDER BY position",
        (rs, i) -> new ProgrammeSlot(rs.getString("start_time"), rs.getString("end_time"), rs.getString("title"),
            rs.getString("speaker"), rs.getString("room")), businessKey);
  }

  void storeDocument(String businessKey, String html, byte[] pdf) {
    jdbc.update("DELETE FROM fv_programme_document WHERE business_key = ?", businessKey);
    jdbc.update("INSERT INTO fv_programme_document (business_key, html, pdf, created_at) VALUES (?,?,?,?)",
        businessKey, html.getBytes(StandardCharsets.UTF_8), pdf, now());
  }

  Optional<String> documentHtml(String businessKey) {
    return jdbc.query("SELECT html FROM fv_programme_document WHERE business_key = ?",
        (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), businessKey).stream().findFirst();
  }

  Optional<byte[]> documentPdf(String businessKey) {
    return jdbc.query("SELECT pdf FROM fv_programme_document WHERE business_key = ?", (rs, i) -> rs.getBytes(1),
        businessKey).stream().findFirst();
  }

  void addRegistration(String businessKey, String companyName, int participants, RegistrationSource source, String by) {
    jdbc.update("""
        INSERT INTO fv_registration (business_key, company_name, participants, source, recorded_by, recorded_at)
        VALUES (?,?,?,?,?,?)""", businessKey, companyName, participants, source.name(), by, now());
  }

  Totals totals(String businessKey) {
    List<String> names = jdbc.queryForList("SELECT company_name FROM fv_registration WHERE business_key = ?",
        String.class, businessKey);
    long companies = names.stream().map(n -> n.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).distinct()
        .count();
    Long participants = jdbc.queryForObject("SELECT COALESCE(SUM(participants), 0) FROM fv_registration WHERE business_key = ?",
        Long.class, businessKey);
    return new Totals(names.size(), companies, participants == null ? 0 : participants);
  }

  void invitation(String businessKey, String reference, String state) {
    jdbc.update("UPDATE fv_conference SET invitation_ref = ?, invitation_state = ? WHERE business_key = ?", reference,
        state, businessKey);
  }

  void evaluate(String businessKey, int participants, int companies, String feedback, List<FollowUp> followUps) {
    jdbc.update("""
        UPDATE fv_conference SET participants = ?, companies = ?, feedback_summary = ?, evaluated_at = ?
        WHERE business_key = ?""", participants, companies, feedback, now(), businessKey);
    jdbc.update("DELETE FROM fv_follow_up WHERE business_key = ?", businessKey);
    int position = 0;
    for (FollowUp followUp : followUps) {
      jdbc.update("INSERT INTO fv_follow_up (business_key, position, title, description) VALUES (?,?,?,?)",
          businessKey, position++, followUp.title(), followUp.description());
    }
  }

  /** Follow-ups not yet on the Jour fixe's agenda, by position. */
  List<java.util.Map.Entry<Integer, FollowUp>> followUpsWithoutAgendaItem(String businessKey) {
    return jdbc.query("""
        SELECT position, title, description FROM fv_follow_up WHERE business_key = ? AND agenda_item_id IS NULL
        ORDER BY position""", (rs, i) -> java.util.Map.entry(rs.getInt(1), new FollowUp(rs.getString(2),
        rs.getString(3))), businessKey);
  }

  void agendaItem(String businessKey, int position, long agendaItemId) {
    jdbc.update("UPDATE fv_follow_up SET agenda_item_id = ? WHERE business_key = ? AND position = ?", agendaItemId,
        businessKey, position);
  }

  int followUpCount(String businessKey) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM fv_follow_up WHERE business_key = ?", Integer.class, businessKey);
  }

  List<Conference> evaluatedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT * FROM fv_conference WHERE evaluated_at >= ? AND evaluated_at < ? ORDER BY conference_year",
        ConferenceRegister::conference, Timestamp.from(from), Timestamp.from(to));
  }

  private static Conference conference(ResultSet rs, int row) throws SQLException {
    return new Conference(rs.getString("business_key"), rs.getInt("conference_year"), rs.getString("started_by"),
        rs.getString("proposed_lead"), rs.getString("lead_partner"), rs.getString("lead_override_reason"),
        day(rs.getDate("conference_date")),
        rs.getString("conference_format") == null ? null : ConferenceFormat.valueOf(rs.getString("conference_format")),
        rs.getString("venue"), rs.getString("motto"), rs.getString("topics"),
        (Long) rs.getObject("budget_frame", Long.class), day(rs.getDate("registration_deadline")),
        day(rs.getDate("contribution_due")), ConferenceState.valueOf(rs.getString("state")),
        rs.getString("invitation_ref"), rs.getString("invitation_state"),
        (Integer) rs.getObject("participants", Integer.class), (Integer) rs.getObject("companies", Integer.class),
        rs.getString("feedback_summary"), instant(rs.getTimestamp("evaluated_at")));
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** The engine's clock (tests move it), so that the rows tell the same time as the process. */
  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) (Connection c) ->
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
    }
    return postgres;
  }
}
