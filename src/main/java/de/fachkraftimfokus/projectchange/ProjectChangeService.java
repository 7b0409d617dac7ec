package de.fachkraftimfokus.projectchange;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The platform's record of announced project changes and Einarbeitungen (tables {@code pc_change},
 * {@code pc_acknowledgement}): who announced what, whether it is significant, the offer table's
 * versions, which regions acknowledged and when, the information event. Read by the Geschäftsstelle
 * (the follow-up task, the Jour fixe's monitoring report) and kept with the engine's transaction.
 */
@Service
public class ProjectChangeService {

  static final ZoneId ZONE = de.fachkraftimfokus.calendar.WorkingDays.ZONE;
  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

  /** German states of the change, as the report shows them. */
  static final String EVENT_NONE = "keine (nicht wesentlich)";

  private final JdbcTemplate jdbc;

  ProjectChangeService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One change (or Einarbeitung) for the Jour fixe's monitoring report.
   *
   * @param kind German name of the kind
   * @param pendingRegions German names of the Network-KMU regions that have not acknowledged yet
   * @param tableState German: what happened to the table {@code offer-for-need}
   * @param eventState German: the information event
   * @param closedAt null while the change runs
   */
  public record ChangeOverview(String businessKey, String kind, String title, String announcingGroup,
      Instant announcedAt, boolean significant, List<String> pendingRegions, String tableState, String eventState,
      Instant closedAt) {}

  /** One region's acknowledgement of a change. */
  record Acknowledgement(Region region, Instant dueAt, Instant acknowledgedAt, String acknowledgedBy, String questions,
      Instant remindedAt) {

    boolean pending() {
      return acknowledgedAt == null;
    }
  }

  /** Changes announced in the period, and those announced earlier that were still open at its end. */
  public List<ChangeOverview> changesBetween(Instant from, Instant to) {
    List<ChangeOverview> result = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM pc_change WHERE announced_at < ? AND "
        + "(announced_at >= ? OR closed_at IS NULL OR closed_at >= ?) ORDER BY announced_at, business_key",
        Timestamp.from(to), Timestamp.from(from), Timestamp.from(from))) {
      String key = (String) column(row, "business_key");
      List<String> pending = acknowledgements(key).stream().filter(Acknowledgement::pending)
          .map(a -> a.region().germanName()).toList();
      ChangeKind kind = ChangeKind.valueOf((String) column(row, "change_kind"));
      result.add(new ChangeOverview(key, kind.germanName(), (String) column(row, "title"),
          groupName((String) column(row, "announcing_group")), instant(column(row, "announced_at")),
          Boolean.TRUE.equals(column(row, "significant")), pending, tableState(row, kind),
          eventState(row), instant(column(row, "closed_at"))));
    }
    return result;
  }

  void recordChange(String businessKey, ChangeKind kind, String title, String offerId, String announcingGroup,
      String announcedBy, LocalDate effectiveFrom, boolean significant, boolean overridden, Integer tableVersion) {
    if (exists(businessKey)) {
      return;
    }
    jdbc.update("INSERT INTO pc_change (business_key, change_kind, title, offer_id, announcing_group, announced_by, "
            + "effective_from, significant, significance_overridden, table_version_at_start, event_state, announced_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        businessKey, kind.name(), cut(title, 500), offerId, announcingGroup, announcedBy,
        effectiveFrom == null ? null : java.sql.Date.valueOf(effectiveFrom), significant, overridden, tableVersion,
        significant ? null : EVENT_NONE, now());
  }

  boolean exists(String businessKey) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pc_change WHERE business_key = ?", Integer.class, businessKey) > 0;
  }

  /** One open acknowledgement per region's group, due at {@code dueAt}. */
  void openAcknowledgements(String businessKey, Collection<Region> regions, Date dueAt) {
    for (Region region : regions) {
      if (jdbc.queryForObject("SELECT COUNT(*) FROM pc_acknowledgement WHERE business_key = ? AND region = ?",
          Integer.class, businessKey, region.id()) == 0) {
        jdbc.update("INSERT INTO pc_acknowledgement (business_key, region, due_at) VALUES (?,?,?)", businessKey,
            region.id(), new Timestamp(dueAt.getTime()));
      }
    }
  }

  void acknowledge(String businessKey, Region region, String userId, String questions) {
    jdbc.update("UPDATE pc_acknowledgement SET acknowledged_at = ?, acknowledged_by = ?, questions = ? "
        + "WHERE business_key = ? AND region = ? AND acknowledged_at IS NULL", now(), userId, questions, businessKey,
        region.id());
  }

  /** Marks the pending regions as reminded; returns them. */
  List<Region> remind(String businessKey) {
    List<Region> pending = acknowledgements(businessKey).stream().filter(Acknowledgement::pending)
        .map(Acknowledgement::region).toList();
    jdbc.update("UPDATE pc_acknowledgement SET reminded_at = ? WHERE business_key = ? AND acknowledged_at IS NULL "
        + "AND reminded_at IS NULL", now(), businessKey);
    return pending;
  }

  List<Acknowledgement> acknowledgements(String businessKey) {
    return jdbc.query("SELECT region, due_at, acknowledged_at, acknowledged_by, questions, reminded_at "
            + "FROM pc_acknowledgement WHERE business_key = ?",
        (rs, i) -> new Acknowledgement(Region.byId(rs.getString(1)).orElseThrow(), instant(rs.getTimestamp(2)),
            instant(rs.getTimestamp(3)), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6))),
        businessKey).stream().sorted(java.util.Comparator.comparing(Acknowledgement::region)).toList();
  }

  /** Who has acknowledged and who not, as the Geschäftsstelle and MS read it in their forms. */
  String statusText(String businessKey) {
    List<Acknowledgement> all = acknowledgements(businessKey);
    StringBuilder done = new StringBuilder();
    StringBuilder pending = new StringBuilder();
    for (Acknowledgement a : all) {
      if (a.pending()) {
        pending.append("• ").append(a.region().germanName()).append(" (network-kmu-").append(a.region().id())
            .append("), fällig ").append(GERMAN_DATE_TIME.format(a.dueAt()))
            .append(a.remindedAt() == null ? "" : ", erinnert am " + GERMAN_DATE_TIME.format(a.remindedAt()))
            .append('\n');
      } else {
        done.append("• ").append(a.region().germanName()).append(": ").append(a.acknowledgedBy() == null ? "–"
                : a.acknowledgedBy()).append(", ").append(GERMAN_DATE_TIME.format(a.acknowledgedAt()))
            .append(a.questions() == null || a.questions().isBlank() ? "" : " – Fragen: " + a.questions().trim())
            .append('\n');
      }
    }
    String text = (pending.isEmpty() ? "Ausstehend: keine Region – alle haben Kenntnis genommen.\n"
        : "Ausstehend (noch nicht zur Kenntnis genommen):\n" + pending)
        + (done.isEmpty() ? "" : "Zur Kenntnis genommen:\n" + done);
    return de.fachkraftimfokus.process.VariableText.fit(text.trim());
  }

  void recordTable(String businessKey, ProjectChangeProcess.TableOutcome outcome, Integer versionAfter) {
    jdbc.update("UPDATE pc_change SET table_outcome = ?, table_version_after = ? WHERE business_key = ?",
        outcome.name(), versionAfter, businessKey);
  }

  void recordEvent(String businessKey, String state) {
    jdbc.update("UPDATE pc_change SET event_state = ? WHERE business_key = ?", cut(state, 200), businessKey);
  }

  void close(String businessKey) {
    jdbc.update("UPDATE pc_change SET closed_at = ? WHERE business_key = ? AND closed_at IS NULL", now(), businessKey);
  }

  // ---- Regiocoaches the platform knows (pc_known_coach), see CoachReconciliation

  void markOnboarded(String businessKey, Collection<String> userIds) {
    for (String userId : userIds) {
      jdbc.update("UPDATE pc_known_coach SET onboarded_at = ?, onboarding_ref = ? WHERE user_id = ?", now(),
          businessKey, userId);
    }
  }

  private String tableState(Map<String, Object> row, ChangeKind kind) {
    if (!kind.isChange()) {
      return "–";
    }
    Object outcome = column(row, "table_outcome");
    Object before = column(row, "table_version_at_start");
    if (outcome == null) {
      return column(row, "closed_at") != null ? "nicht betroffen" : "offen (Version " + before + ")";
    }
    return ProjectChangeProcess.TableOutcome.TABELLE_GEAENDERT.name().equals(outcome)
        ? "geändert: Version " + before + " → " + column(row, "table_version_after")
        : "keine Änderung nötig (Version " + before + ")";
  }

  private static String eventState(Map<String, Object> row) {
    Object state = column(row, "event_state");
    return state == null ? "noch nicht geplant" : state.toString();
  }

  static String groupName(String groupId) {
    return groupId == null ? "Plattform" : PartnerGroup.byId(groupId).map(PartnerGroup::germanName).orElse(groupId);
  }

  /** A column of a queried row: H2 answers upper-case names, PostgreSQL lower-case. */
  private static Object column(Map<String, Object> row, String name) {
    return row.containsKey(name) ? row.get(name) : row.get(name.toUpperCase(java.util.Locale.ROOT));
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant()
        : value instanceof Date date ? date.toInstant() : null;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
