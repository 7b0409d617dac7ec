package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.coordination.OverlapCheck.Overlap;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The activity register's tables. Written inside the engine's transactions (the same data
 * source and Spring transaction), so a refused or failed step leaves nothing behind.
 *
 * <p>The register also holds the public activities of {@code public-activity} (their own kinds and
 * states, column {@code process_key}); this class reads and writes the coordination requests' rows
 * only, so their overlap rules never see a public activity.
 */
@Repository
public class ActivityRegister {

  /** A partner's statement as the register keeps it. */
  public record Statement(int round, String partnerGroup, StatementKind kind, String text, String givenBy,
      Instant givenAt) {}

  /** An overlap found in a round. */
  public record RecordedOverlap(int round, String otherBusinessKey, String reason) {}

  /** Filter of the register's list; null fields do not filter. */
  public record Filter(ActivityType type, String sector, String region, LocalDate from, LocalDate to) {}

  /** The register's rows of this process (column {@code process_key}). */
  static final String PROCESS_KEY = CoordinationRequestProcess.KEY;

  private final JdbcTemplate jdbc;

  ActivityRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the year's business keys (AB-2026-0001, ...). */
  public void insert(Activity activity) {
    Timestamp now = now();
    jdbc.update("""
        INSERT INTO coord_activity (business_key, process_key, activity_type, title, description, sectors, regions,
          size_bands, period_start, period_end, lead_partner, expected_companies, initiator, state, round_no, created_at,
          updated_at)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        activity.businessKey(), PROCESS_KEY, activity.type().name(), activity.title(), activity.description(),
        String.join(",", activity.sectors()), String.join(",", activity.regions()),
        String.join(",", activity.sizeBands()), Date.valueOf(activity.periodStart()),
        Date.valueOf(activity.periodEnd()), activity.leadPartner(), activity.expectedCompanies(),
        activity.initiator(), activity.state().name(), activity.round(), now, now);
  }

  /** Replaces the announced content (after an adjustment) and starts the given round. */
  public void update(Activity activity) {
    jdbc.update("""
        UPDATE coord_activity SET activity_type = ?, title = ?, description = ?, sectors = ?, regions = ?,
          size_bands = ?, period_start = ?, period_end = ?, lead_partner = ?, expected_companies = ?, state = ?,
          round_no = ?, updated_at = ?
        WHERE business_key = ? AND process_key = ?""",
        activity.type().name(), activity.title(), activity.description(), String.join(",", activity.sectors()),
        String.join(",", activity.regions()), String.join(",", activity.sizeBands()),
        Date.valueOf(activity.periodStart()), Date.valueOf(activity.periodEnd()), activity.leadPartner(),
        activity.expectedCompanies(), activity.state().name(), activity.round(), now(), activity.businessKey(),
        PROCESS_KEY);
  }

  public void setState(String businessKey, ActivityState state, String resultText) {
    jdbc.update("UPDATE coord_activity SET state = ?, result_text = COALESCE(?, result_text), updated_at = ? "
        + "WHERE business_key = ? AND process_key = ?", state.name(), resultText, now(), businessKey, PROCESS_KEY);
  }

  public Optional<Activity> find(String businessKey) {
    return jdbc.query("SELECT * FROM coord_activity WHERE business_key = ? AND process_key = ?",
        ActivityRegister::activity, businessKey, PROCESS_KEY).stream().findFirst();
  }

  /** Activities that may collide with a new announcement: not withdrawn or refused, not the activity itself. */
  public List<Activity> candidatesForOverlap(String businessKey) {
    return jdbc.query("SELECT * FROM coord_activity WHERE business_key <> ? AND process_key = ? AND state NOT IN (?, ?)",
        ActivityRegister::activity, businessKey, PROCESS_KEY, ActivityState.ZURUECKGEZOGEN.name(),
        ActivityState.ABGELEHNT.name());
  }

  public List<Activity> list(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM coord_activity WHERE process_key = ?");
    List<Object> args = new ArrayList<>();
    args.add(PROCESS_KEY);
    if (filter.type() != null) {
      sql.append(" AND activity_type = ?");
      args.add(filter.type().name());
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
    // sectors and regions are comma lists (empty = all): filtered here rather than with LIKE
    return jdbc.query(sql.toString(), ActivityRegister::activity, args.toArray()).stream()
        .filter(a -> filter.sector() == null || a.sectors().isEmpty() || a.sectors().contains(filter.sector()))
        .filter(a -> filter.region() == null || a.regions().isEmpty() || a.regions().contains(filter.region()))
        .toList();
  }

  /** Records a statement; a second one of the same partner in the same round is refused by the database. */
  public void recordStatement(String businessKey, int round, String partnerGroup, StatementKind kind, String text,
      String givenBy) {
    jdbc.update("""
        INSERT INTO coord_statement (business_key, round_no, partner_group, statement, statement_text, given_by, given_at)
        VALUES (?,?,?,?,?,?,?)""", businessKey, round, partnerGroup, kind.name(), text, givenBy, now());
  }

  public List<Statement> statements(String businessKey) {
    return jdbc.query("SELECT * FROM coord_statement WHERE business_key = ? ORDER BY round_no, partner_group",
        (rs, i) -> new Statement(rs.getInt("round_no"), rs.getString("partner_group"),
            StatementKind.valueOf(rs.getString("statement")), rs.getString("statement_text"),
            rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()), businessKey);
  }

  public List<Statement> statements(String businessKey, int round) {
    return statements(businessKey).stream().filter(s -> s.round() == round).toList();
  }

  public void recordOverlaps(String businessKey, int round, List<Overlap> overlaps) {
    Timestamp now = now();
    for (Overlap overlap : overlaps) {
      jdbc.update("INSERT INTO coord_overlap (business_key, round_no, other_business_key, reason, found_at) "
          + "VALUES (?,?,?,?,?)", businessKey, round, overlap.otherBusinessKey(), overlap.reason(), now);
    }
  }

  public List<RecordedOverlap> overlaps(String businessKey) {
    return jdbc.query("SELECT * FROM coord_overlap WHERE business_key = ? ORDER BY round_no, other_business_key",
        (rs, i) -> new RecordedOverlap(rs.getInt("round_no"), rs.getString("other_business_key"),
            rs.getString("reason")), businessKey);
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  private static Activity activity(ResultSet rs, int row) throws SQLException {
    return new Activity(rs.getString("business_key"), ActivityType.valueOf(rs.getString("activity_type")),
        rs.getString("title"), rs.getString("description"), split(rs.getString("sectors")),
        split(rs.getString("regions")), split(rs.getString("size_bands")),
        rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
        rs.getString("lead_partner"), rs.getInt("expected_companies"), rs.getString("initiator"),
        ActivityState.valueOf(rs.getString("state")), rs.getInt("round_no"), rs.getString("result_text"));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
