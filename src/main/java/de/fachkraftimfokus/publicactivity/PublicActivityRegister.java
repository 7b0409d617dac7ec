package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The public activities' rows of the activity register ({@code coord_activity} with
 * {@code process_key = 'public-activity'}, Flyway V80) and their cross-links
 * ({@code coord_cross_link}). The coordination requests' rows belong to
 * {@code coordination.ActivityRegister}; this class never reads or writes them, and that one never
 * sees these. Written inside the engine's transactions, so a refused step leaves nothing behind.
 */
@Repository
class PublicActivityRegister {

  /** A partner's cross-link as the register keeps it; {@code answeredAt} is null while open. */
  record CrossLink(String partnerGroup, CrossLinkState state, String url, String reason, String answeredBy,
      Instant answeredAt, String followUpNote) {}

  /** Filter of the read API; null fields do not filter. An activity without regions is statewide. */
  record Filter(PublicActivityKind kind, String region, LocalDate from, LocalDate to, String partner,
      boolean publishedOnly) {}

  static final String PROCESS_KEY = PublicActivityProcess.KEY;

  private final JdbcTemplate jdbc;

  PublicActivityRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(PublicActivity activity) {
    Timestamp now = now();
    jdbc.update("""
        INSERT INTO coord_activity (business_key, process_key, activity_type, title, description, sectors, regions,
          size_bands, period_start, period_end, lead_partner, expected_companies, initiator, state, round_no, topics,
          target_groups, link, created_at, updated_at)
        VALUES (?,?,?,?,?,'',?,'',?,?,?,0,?,?,1,?,?,?,?,?)""",
        activity.businessKey(), PROCESS_KEY, activity.kind().name(), activity.title(), activity.description(),
        String.join(",", activity.regions()), Date.valueOf(activity.periodStart()), Date.valueOf(activity.periodEnd()),
        activity.leadPartner(), activity.initiator(), activity.state().name(), String.join(",", activity.topics()),
        String.join(",", activity.targetGroups()), activity.link(), now, now);
  }

  /** The result of a brand check: counted, the first one remembered (brand compliance on the first try). */
  void recordBrandCheck(String businessKey, boolean complete, String link) {
    jdbc.update("UPDATE coord_activity SET brand_checks = brand_checks + 1, brand_first_try = COALESCE(brand_first_try, ?), "
            + "state = ?, link = ?, updated_at = ? WHERE business_key = ? AND process_key = ?",
        complete, (complete ? PublicActivityState.IN_VORBEREITUNG : PublicActivityState.DACHMARKE_FEHLT).name(), link,
        now(), businessKey, PROCESS_KEY);
  }

  void setState(String businessKey, PublicActivityState state) {
    jdbc.update("UPDATE coord_activity SET state = ?, updated_at = ? WHERE business_key = ? AND process_key = ?",
        state.name(), now(), businessKey, PROCESS_KEY);
  }

  /** Withdrawn by the initiator before publication, with the reason. */
  void withdraw(String businessKey, String reason) {
    jdbc.update("UPDATE coord_activity SET state = ?, result_text = ?, updated_at = ? WHERE business_key = ? "
        + "AND process_key = ?", PublicActivityState.ZURUECKGEZOGEN.name(), reason, now(), businessKey, PROCESS_KEY);
  }

  /** What the initiator decided on a clash; a moved activity gets its new days. */
  void recordDateDecision(String businessKey, String outcome, String text, String combinedWith, LocalDate start,
      LocalDate end) {
    jdbc.update("UPDATE coord_activity SET date_outcome = ?, date_outcome_text = ?, combined_with = ?, period_start = ?, "
            + "period_end = ?, updated_at = ? WHERE business_key = ? AND process_key = ?",
        outcome, text, combinedWith, Date.valueOf(start), Date.valueOf(end), now(), businessKey, PROCESS_KEY);
  }

  void publish(String businessKey) {
    Timestamp now = now();
    jdbc.update("UPDATE coord_activity SET state = ?, published_at = ?, updated_at = ? WHERE business_key = ? "
        + "AND process_key = ?", PublicActivityState.VEROEFFENTLICHT.name(), now, now, businessKey, PROCESS_KEY);
  }

  void recordResult(String businessKey, PublicActivityState state, Integer participants, String resonance,
      String pressLinks) {
    jdbc.update("UPDATE coord_activity SET state = ?, participants = ?, result_text = ?, press_links = ?, updated_at = ? "
            + "WHERE business_key = ? AND process_key = ?",
        state.name(), participants, resonance, pressLinks, now(), businessKey, PROCESS_KEY);
  }

  Optional<PublicActivity> find(String businessKey) {
    return jdbc.query("SELECT * FROM coord_activity WHERE business_key = ? AND process_key = ?",
        PublicActivityRegister::activity, businessKey, PROCESS_KEY).stream().findFirst();
  }

  /** Other public activities, not void, whose days touch {@code from} to {@code to}: candidates of a clash. */
  List<PublicActivity> plannedBetween(String exceptBusinessKey, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM coord_activity WHERE process_key = ? AND business_key <> ? AND period_end >= ? "
            + "AND period_start <= ? ORDER BY period_start, business_key", PublicActivityRegister::activity, PROCESS_KEY,
        exceptBusinessKey, Date.valueOf(from), Date.valueOf(to)).stream()
        .filter(activity -> !activity.state().isVoid()).toList();
  }

  List<PublicActivity> list(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM coord_activity WHERE process_key = ?");
    List<Object> args = new ArrayList<>(List.of(PROCESS_KEY));
    if (filter.kind() != null) {
      sql.append(" AND activity_type = ?");
      args.add(filter.kind().name());
    }
    if (filter.partner() != null) {
      sql.append(" AND lead_partner = ?");
      args.add(filter.partner());
    }
    if (filter.from() != null) {
      sql.append(" AND period_end >= ?");
      args.add(Date.valueOf(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND period_start <= ?");
      args.add(Date.valueOf(filter.to()));
    }
    sql.append(" ORDER BY period_start, business_key");
    // regions are a comma list (empty = statewide): filtered here rather than with LIKE
    return jdbc.query(sql.toString(), PublicActivityRegister::activity, args.toArray()).stream()
        .filter(a -> !filter.publishedOnly() || a.state().isPublished())
        .filter(a -> filter.region() == null || a.regions().isEmpty() || a.regions().contains(filter.region()))
        .toList();
  }

  /** The partners asked to point to the activity, each with an open row. */
  void askForCrossLinks(String businessKey, List<String> partnerGroups) {
    Timestamp now = now();
    for (String partner : partnerGroups) {
      jdbc.update("INSERT INTO coord_cross_link (business_key, partner_group, state, asked_at) VALUES (?,?,?,?)",
          businessKey, partner, CrossLinkState.OFFEN.name(), now);
    }
  }

  /**
   * Records a partner's answer, or its silence ({@link CrossLinkState#FEHLT}, no user). Only an open
   * row is answered: every partner answers once per activity.
   *
   * @throws IllegalStateException when the partner was not asked or has answered already
   */
  void answerCrossLink(String businessKey, String partnerGroup, CrossLinkState state, String url, String reason,
      String answeredBy) {
    int rows = jdbc.update("UPDATE coord_cross_link SET state = ?, url = ?, reason = ?, answered_by = ?, answered_at = ? "
            + "WHERE business_key = ? AND partner_group = ? AND state = ?", state.name(), url, reason, answeredBy, now(),
        businessKey, partnerGroup, CrossLinkState.OFFEN.name());
    if (rows != 1) {
      throw new IllegalStateException("Keine offene Rückmeldung von " + partnerGroup + " zu " + businessKey);
    }
  }

  /** The Geschäftsstelle's note on the partners that stayed silent. */
  void recordFollowUp(String businessKey, String note) {
    jdbc.update("UPDATE coord_cross_link SET follow_up_note = ? WHERE business_key = ? AND state = ?", note, businessKey,
        CrossLinkState.FEHLT.name());
  }

  List<CrossLink> crossLinks(String businessKey) {
    return jdbc.query("SELECT * FROM coord_cross_link WHERE business_key = ? ORDER BY partner_group",
        PublicActivityRegister::crossLink, businessKey);
  }

  /** The cross-links of many activities at once, by business key. */
  Map<String, List<CrossLink>> crossLinks(Collection<String> businessKeys) {
    Map<String, List<CrossLink>> byKey = new HashMap<>();
    List<String> keys = new ArrayList<>(businessKeys);
    // in slices: an IN list of thousands of keys is not welcome on every database
    for (int i = 0; i < keys.size(); i += 500) {
      List<String> slice = keys.subList(i, Math.min(i + 500, keys.size()));
      String marks = String.join(",", Collections.nCopies(slice.size(), "?"));
      jdbc.query("SELECT * FROM coord_cross_link WHERE business_key IN (" + marks + ") ORDER BY partner_group", rs -> {
        byKey.computeIfAbsent(rs.getString("business_key"), k -> new ArrayList<>()).add(crossLink(rs, 0));
      }, slice.toArray());
    }
    return byKey;
  }

  private static CrossLink crossLink(ResultSet rs, int row) throws SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    return new CrossLink(rs.getString("partner_group"), CrossLinkState.valueOf(rs.getString("state")),
        rs.getString("url"), rs.getString("reason"), rs.getString("answered_by"),
        answered == null ? null : answered.toInstant(), rs.getString("follow_up_note"));
  }

  /** Public activities published in the period {@code [from, to)} (the monitoring report). */
  List<PublicActivity> publishedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT * FROM coord_activity WHERE process_key = ? AND published_at >= ? AND published_at < ? "
            + "ORDER BY published_at, business_key", PublicActivityRegister::activity, PROCESS_KEY, Timestamp.from(from),
        Timestamp.from(to));
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  private static PublicActivity activity(ResultSet rs, int row) throws SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    int participants = rs.getInt("participants");
    boolean noParticipants = rs.wasNull();
    boolean brandFirstTry = rs.getBoolean("brand_first_try");
    boolean neverChecked = rs.wasNull();
    return new PublicActivity(rs.getString("business_key"), PublicActivityKind.valueOf(rs.getString("activity_type")),
        rs.getString("title"), rs.getString("description"), rs.getDate("period_start").toLocalDate(),
        rs.getDate("period_end").toLocalDate(), split(rs.getString("regions")), split(rs.getString("topics")),
        split(rs.getString("target_groups")), rs.getString("link"), rs.getString("lead_partner"),
        rs.getString("initiator"), PublicActivityState.valueOf(rs.getString("state")), rs.getInt("brand_checks"),
        neverChecked ? null : brandFirstTry, rs.getString("date_outcome"), rs.getString("date_outcome_text"),
        rs.getString("combined_with"), published == null ? null : published.toInstant(),
        noParticipants ? null : participants, rs.getString("result_text"), rs.getString("press_links"));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
