package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** The Jour fixe's own data: meetings, contributions, agenda, decisions and action items. */
@Service
public class JourFixeService {

  private static final Logger LOG = LoggerFactory.getLogger(JourFixeService.class);
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public static final String SOURCE_COORDINATION_REQUEST = "COORDINATION_REQUEST";
  public static final String SOURCE_PROJECT_CHANGE = "PROJECT_CHANGE";
  public static final String SOURCE_CONTRIBUTION = "CONTRIBUTION";
  public static final String SOURCE_ACTION_ITEM = "ACTION_ITEM";
  public static final String SOURCE_LATE_CONTRIBUTIONS = "LATE_CONTRIBUTIONS";
  /** An item the Geschäftsstelle added when finalising the agenda. */
  public static final String SOURCE_OFFICE = "GESCHAEFTSSTELLE";
  /** Agenda item states: waiting for a Jour fixe, on an agenda, decided. */
  public static final String ITEM_OPEN = "OPEN";
  public static final String ITEM_ON_AGENDA = "ON_AGENDA";
  public static final String ITEM_DECIDED = "DECIDED";
  public static final String ACTION_OPEN = "OPEN";
  public static final String ACTION_DONE = "DONE";
  public static final String DELIVERED = "DELIVERED";
  public static final String NO_WAITING_REQUEST = "NO_WAITING_REQUEST";

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final JourFixeProperties properties;
  private final YearlyNumbers numbers;

  JourFixeService(JdbcTemplate jdbc, RuntimeService runtimeService, JourFixeProperties properties,
      YearlyNumbers numbers) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.numbers = numbers;
  }

  public record AgendaItem(long id, String sourceType, String sourceRef, String title, String description) {}

  public record ActionItemRow(long id, String jourFixeRef, String ownerGroup, LocalDate dueDate,
      String description, String state) {}

  public record Meeting(String businessKey, LocalDate meetingDate, String moderatorGroup,
      String minuteTakerGroup, String state, String agendaText, String roleChangeReason, String minutesText,
      List<String> absentGroups) {}

  /** One agenda item of the minutes with its decision (null while undecided). */
  public record MinutesEntry(int number, String title, String decision, String decisionText) {}

  /** The next business key of the year, {@code JF-<year>-<2 digits>}. */
  public String nextBusinessKey(int year) {
    return JourFixeProcess.BUSINESS_KEY_FORMAT.formatted(year, numbers.next(JourFixeProcess.NUMBER_SERIES, year));
  }

  /** The open Jour fixe on this date, if any. */
  public Optional<String> openOn(LocalDate date) {
    return jdbc.queryForList("SELECT business_key FROM jf_meeting WHERE open_date = ?", String.class,
        Date.valueOf(date)).stream().findFirst();
  }

  /** The first date from {@code from} on without an open Jour fixe (timer starts move on by a day). */
  public LocalDate firstFreeDate(LocalDate from) {
    LocalDate date = from;
    while (openOn(date).isPresent()) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** Reserves the date for a new Jour fixe; refuses it in German when another is open on that date. */
  public void reserve(String businessKey, LocalDate date, String startedBy) {
    refuseTakenDate(date, null);
    try {
      jdbc.update("INSERT INTO jf_meeting (business_key, meeting_date, open_date, state, started_by, created_at) "
          + "VALUES (?,?,?,?,?,?)", businessKey, Date.valueOf(date), Date.valueOf(date), "GEPLANT", startedBy,
          Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException concurrent) {
      refuseTakenDate(date, null);
      throw concurrent;
    }
  }

  private void refuseTakenDate(LocalDate date, String ownKey) {
    Optional<String> taken = openOn(date).filter(key -> !key.equals(ownKey));
    if (taken.isPresent()) {
      throw new InvalidInputException(List.of(new FieldError(JourFixeProcess.MEETING_DATE, "Termin",
          "am " + GERMAN_DATE.format(date) + " ist bereits ein Jour fixe geplant (" + taken.get() + ")")));
    }
  }

  public void assignRoles(String businessKey, RotationService.Turn turn) {
    jdbc.update("UPDATE jf_meeting SET moderator_group = ?, minute_taker_group = ? WHERE business_key = ?",
        turn.moderatorGroup(), turn.minuteTakerGroup(), businessKey);
  }

  /** Confirms the date (maybe a new one) and the roles (maybe swapped, with the reason). */
  public void confirm(String businessKey, LocalDate date, RotationService.Turn turn, String reason) {
    refuseTakenDate(date, businessKey);
    jdbc.update("UPDATE jf_meeting SET meeting_date = ?, open_date = ?, moderator_group = ?, minute_taker_group = ?, "
            + "role_change_reason = ?, state = ? WHERE business_key = ?", Date.valueOf(date), Date.valueOf(date),
        turn.moderatorGroup(), turn.minuteTakerGroup(), reason, "BESTAETIGT", businessKey);
  }

  public Meeting meeting(String businessKey) {
    return jdbc.queryForObject("SELECT business_key, meeting_date, moderator_group, minute_taker_group, state, "
        + "agenda_text, role_change_reason, minutes_text, absent_groups FROM jf_meeting WHERE business_key = ?",
        (rs, i) -> new Meeting(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), splitGroups(rs.getString(9))),
        businessKey);
  }

  /** Records who is excused from this Jour fixe (replaces an earlier list). */
  public void excuse(String businessKey, List<String> groups) {
    jdbc.update("UPDATE jf_meeting SET absent_groups = ? WHERE business_key = ?",
        groups.isEmpty() ? null : String.join(",", groups), businessKey);
  }

  /** The agenda in its order, each item with the decision of the minutes. */
  public List<MinutesEntry> minutesEntries(String businessKey) {
    List<AgendaItem> agenda = agenda(businessKey);
    Map<Long, String[]> decisions = new java.util.HashMap<>();
    jdbc.query("SELECT agenda_item_id, decision, decision_text FROM jf_decision WHERE jour_fixe_ref = ?",
        rs -> {
          decisions.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        }, businessKey);
    List<MinutesEntry> entries = new ArrayList<>();
    int number = 1;
    for (AgendaItem item : agenda) {
      String[] decision = decisions.get(item.id());
      entries.add(new MinutesEntry(number++, item.title(), decision == null ? null : decision[0],
          decision == null ? null : decision[1]));
    }
    return entries;
  }

  /** The action items decided by this Jour fixe. */
  public List<ActionItemRow> actionItemsOf(String businessKey) {
    return jdbc.query("SELECT id, jour_fixe_ref, owner_group, due_date, description, state FROM jf_action_item "
        + "WHERE jour_fixe_ref = ? ORDER BY id", (rs, i) -> actionRow(rs), businessKey);
  }

  private static List<String> splitGroups(String groups) {
    return groups == null || groups.isBlank() ? List.of() : List.of(groups.split(","));
  }

  public void saveContribution(String businessKey, String group, Map<String, String> fields, boolean late) {
    jdbc.update("DELETE FROM jf_contribution WHERE jour_fixe_ref = ? AND partner_group = ?", businessKey, group);
    jdbc.update("INSERT INTO jf_contribution (jour_fixe_ref, partner_group, experiences, planned_changes, "
            + "interface_problems, funding_suggestions, proposed_topics, late, submitted_at) VALUES (?,?,?,?,?,?,?,?,?)",
        businessKey, group, fields.get(JourFixeProcess.EXPERIENCES), fields.get(JourFixeProcess.PLANNED_CHANGES),
        fields.get(JourFixeProcess.INTERFACE_PROBLEMS), fields.get(JourFixeProcess.FUNDING_SUGGESTIONS),
        fields.get(JourFixeProcess.PROPOSED_TOPICS), late, Timestamp.from(Instant.now()));
  }

  /** The participants without a contribution when the deadline passed; noted as late. */
  public List<String> recordLate(String businessKey, List<String> participants) {
    List<String> submitted = jdbc.queryForList(
        "SELECT partner_group FROM jf_contribution WHERE jour_fixe_ref = ?", String.class, businessKey);
    List<String> late = participants.stream().filter(g -> !submitted.contains(g)).toList();
    for (String group : late) {
      jdbc.update("INSERT INTO jf_contribution (jour_fixe_ref, partner_group, late, submitted_at) VALUES (?,?,?,?)",
          businessKey, group, true, Timestamp.from(Instant.now()));
    }
    return late;
  }

  /**
   * Assembles the agenda: items waiting for a Jour fixe (coordination requests, announced project
   * changes), the contributions, the open action items of earlier Jour fixes and a note on late
   * contributions. Returns the agenda in order.
   */
  public List<AgendaItem> assembleAgenda(String businessKey) {
    jdbc.update("UPDATE jf_agenda_item SET jour_fixe_ref = ?, state = ? WHERE jour_fixe_ref IS NULL AND state = ?",
        businessKey, ITEM_ON_AGENDA, ITEM_OPEN);
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("planned_changes", "Geplante Änderung im Projektangebot (2.1)");
    kinds.put("interface_problems", "Schnittstellenproblem");
    kinds.put("funding_suggestions", "Anregung für Förderaktivitäten");
    kinds.put("proposed_topics", "Themenvorschlag");
    kinds.put("experiences", "Erfahrungen");
    List<String> lateGroups = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList(
        "SELECT * FROM jf_contribution WHERE jour_fixe_ref = ? ORDER BY partner_group", businessKey)) {
      String group = (String) row.get("partner_group");
      if (Boolean.TRUE.equals(row.get("late"))) {
        lateGroups.add(groupName(group));
        continue;
      }
      kinds.forEach((column, title) -> {
        Object text = row.get(column);
        if (text instanceof String value && !value.isBlank()) {
          addItem(businessKey, SOURCE_CONTRIBUTION, group, title + " – " + groupName(group), value);
        }
      });
    }
    for (ActionItemRow action : openActionItems()) {
      if (!action.jourFixeRef().equals(businessKey)) {
        addItem(businessKey, SOURCE_ACTION_ITEM, String.valueOf(action.id()),
            "Offene Maßnahme (" + action.jourFixeRef() + ", " + groupName(action.ownerGroup()) + ", fällig "
                + GERMAN_DATE.format(action.dueDate()) + ")", action.description());
      }
    }
    if (!lateGroups.isEmpty()) {
      addItem(businessKey, SOURCE_LATE_CONTRIBUTIONS, businessKey, "Nicht fristgerecht eingegangene Beiträge",
          String.join(", ", lateGroups));
    }
    return agenda(businessKey);
  }

  /** The agenda in its order: as finalised by the Geschäftsstelle, before that by kind of item. */
  public List<AgendaItem> agenda(String businessKey) {
    return jdbc.query("SELECT id, source_type, source_ref, title, description FROM jf_agenda_item "
            + "WHERE jour_fixe_ref = ? ORDER BY CASE WHEN position IS NULL THEN 1 ELSE 0 END, position, "
            + "CASE source_type WHEN 'COORDINATION_REQUEST' THEN 1 "
            + "WHEN 'PROJECT_CHANGE' THEN 2 WHEN 'CONTRIBUTION' THEN 3 WHEN 'ACTION_ITEM' THEN 4 ELSE 5 END, id",
        (rs, i) -> new AgendaItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        businessKey);
  }

  /** Registers an item for the next Jour fixe (used by other processes, e.g. coordination requests). */
  public long registerPendingItem(String sourceType, String sourceRef, String title, String description) {
    return insertItem(sourceType, sourceRef, title, description, ITEM_OPEN, null);
  }

  private void addItem(String businessKey, String sourceType, String sourceRef, String title, String description) {
    insertItem(sourceType, sourceRef, truncate(title, 500), description, ITEM_ON_AGENDA, businessKey);
  }

  private long insertItem(String sourceType, String sourceRef, String title, String description, String state,
      String businessKey) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO jf_agenda_item (source_type, source_ref, title, "
          + "description, created_at, state, jour_fixe_ref) VALUES (?,?,?,?,?,?,?)", new String[] {"id"});
      statement.setString(1, sourceType);
      statement.setString(2, sourceRef);
      statement.setString(3, title);
      statement.setString(4, description);
      statement.setTimestamp(5, Timestamp.from(Instant.now()));
      statement.setString(6, state);
      statement.setString(7, businessKey);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public static String agendaText(List<AgendaItem> agenda) {
    StringBuilder text = new StringBuilder();
    int number = 1;
    for (AgendaItem item : agenda) {
      text.append("TOP ").append(number++).append(": ").append(item.title()).append('\n');
      if (item.description() != null && !item.description().isBlank()) {
        text.append("   ").append(item.description().replace("\n", "\n   ")).append('\n');
      }
    }
    return text.length() == 0 ? "Keine Tagesordnungspunkte eingegangen.\n" : text.toString();
  }

  /**
   * The agenda as the Geschäftsstelle finalised it: kept items take the rows' titles, descriptions
   * and order; new rows become items of this Jour fixe; a removed coordination request or project
   * change waits for the next Jour fixe again, other removed items are dropped. The agenda text for
   * the mail is made from the result.
   */
  public void finalizeAgenda(String businessKey, List<AgendaDraft.Row> rows) {
    Map<Long, AgendaItem> current = new LinkedHashMap<>();
    agenda(businessKey).forEach(item -> current.put(item.id(), item));
    Set<Long> kept = new HashSet<>();
    rows.stream().map(AgendaDraft.Row::agendaItemId).filter(Objects::nonNull).forEach(kept::add);
    for (AgendaItem removed : current.values()) {
      if (kept.contains(removed.id())) {
        continue;
      }
      if (SOURCE_COORDINATION_REQUEST.equals(removed.sourceType()) || SOURCE_PROJECT_CHANGE.equals(removed.sourceType())) {
        jdbc.update("UPDATE jf_agenda_item SET state = ?, jour_fixe_ref = NULL, position = NULL WHERE id = ?",
            ITEM_OPEN, removed.id());
      } else {
        jdbc.update("DELETE FROM jf_agenda_item WHERE id = ?", removed.id());
      }
    }
    int position = 0;
    for (AgendaDraft.Row row : rows) {
      position++;
      long id = row.agendaItemId() != null ? row.agendaItemId()
          : insertItem(SOURCE_OFFICE, businessKey, row.title(), row.description(), ITEM_ON_AGENDA, businessKey);
      jdbc.update("UPDATE jf_agenda_item SET title = ?, description = ?, position = ? WHERE id = ?", row.title(),
          row.description(), position, id);
    }
    jdbc.update("UPDATE jf_meeting SET agenda_text = ?, state = ? WHERE business_key = ?",
        agendaText(agenda(businessKey)), "EINGELADEN", businessKey);
  }

  /**
   * Records the approved minutes: decisions, action items; postponed items wait for the next
   * Jour fixe again. Returns the ids of the new action items.
   */
  public List<String> recordMinutes(String businessKey, Minutes minutes) {
    jdbc.update("DELETE FROM jf_decision WHERE jour_fixe_ref = ?", businessKey);
    for (Minutes.Decision decision : minutes.decisions()) {
      jdbc.update("INSERT INTO jf_decision (agenda_item_id, jour_fixe_ref, decision, decision_text) VALUES (?,?,?,?)",
          decision.agendaItemId(), businessKey, decision.decision(), decision.decisionText());
      if (Minutes.POSTPONED.equals(decision.decision())) {
        jdbc.update("UPDATE jf_agenda_item SET state = ?, jour_fixe_ref = NULL WHERE id = ? AND source_type IN (?, ?)",
            ITEM_OPEN, decision.agendaItemId(), SOURCE_COORDINATION_REQUEST, SOURCE_PROJECT_CHANGE);
      } else {
        jdbc.update("UPDATE jf_agenda_item SET state = ? WHERE id = ?", ITEM_DECIDED, decision.agendaItemId());
      }
    }
    List<String> ids = new ArrayList<>();
    for (Minutes.ActionItem action : minutes.actionItems()) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        var statement = connection.prepareStatement("INSERT INTO jf_action_item (jour_fixe_ref, owner_group, "
            + "due_date, description, state, created_at) VALUES (?,?,?,?,?,?)", new String[] {"id"});
        statement.setString(1, businessKey);
        statement.setString(2, action.ownerGroup());
        statement.setDate(3, Date.valueOf(action.dueDate()));
        statement.setString(4, action.description());
        statement.setString(5, ACTION_OPEN);
        statement.setTimestamp(6, Timestamp.from(Instant.now()));
        return statement;
      }, keys);
      ids.add(String.valueOf(keys.getKey().longValue()));
    }
    jdbc.update("UPDATE jf_meeting SET minutes_text = ?, state = ?, open_date = NULL WHERE business_key = ?",
        minutes.minutesText(), "PROTOKOLLIERT", businessKey);
    return ids;
  }

  /** The decision on a coordination request, for delivery. */
  public record CoordinationDecision(long agendaItemId, String requestKey, String decision, String decisionText) {}

  public List<CoordinationDecision> undeliveredCoordinationDecisions(String businessKey) {
    return jdbc.query("SELECT d.agenda_item_id, i.source_ref, d.decision, d.decision_text FROM jf_decision d "
            + "JOIN jf_agenda_item i ON i.id = d.agenda_item_id WHERE d.jour_fixe_ref = ? AND i.source_type = ? "
            + "AND d.decision <> ? AND d.delivery IS NULL ORDER BY d.agenda_item_id",
        (rs, i) -> new CoordinationDecision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        businessKey, SOURCE_COORDINATION_REQUEST, Minutes.POSTPONED);
  }

  /**
   * Delivers each decision on a coordination request as message {@code JourFixeDecision} to the
   * request waiting for it. A request that no longer waits (withdrawn, already decided) does not
   * stop the Jour fixe: the decision is kept with delivery {@code NO_WAITING_REQUEST} and logged.
   */
  public int deliverDecisions(String businessKey) {
    int delivered = 0;
    for (CoordinationDecision decision : undeliveredCoordinationDecisions(businessKey)) {
      boolean waiting = runtimeService.createExecutionQuery()
          .messageEventSubscriptionName(JourFixeProcess.MESSAGE_DECISION)
          .processInstanceBusinessKey(decision.requestKey()).count() > 0;
      if (waiting) {
        runtimeService.createMessageCorrelation(JourFixeProcess.MESSAGE_DECISION)
            .processInstanceBusinessKey(decision.requestKey())
            .setVariable(JourFixeProcess.MESSAGE_VAR_DECISION, decision.decision())
            .setVariable(JourFixeProcess.MESSAGE_VAR_DECISION_TEXT, decision.decisionText())
            .correlateAll();
        delivered++;
      } else {
        LOG.warn("Beschluss des Jour fixe {} zu {}: keine wartende Vorabstimmung – Beschluss nur gespeichert",
            businessKey, decision.requestKey());
      }
      jdbc.update("UPDATE jf_decision SET delivery = ? WHERE agenda_item_id = ?",
          waiting ? DELIVERED : NO_WAITING_REQUEST, decision.agendaItemId());
    }
    return delivered;
  }

  public Optional<String> deliveryOf(long agendaItemId) {
    return jdbc.queryForList("SELECT delivery FROM jf_decision WHERE agenda_item_id = ?", String.class, agendaItemId)
        .stream().findFirst();
  }

  /** The owner group of an action item — the candidate group of its {@code implementAction} task (used in the model). */
  public String ownerGroupOf(Object actionItemId) {
    return actionItem(Long.parseLong(String.valueOf(actionItemId))).ownerGroup();
  }

  /** The due date of an action item, end of that day in Berlin — the due date of its task (used in the model). */
  public java.util.Date dueDateOf(Object actionItemId) {
    ActionItemRow action = actionItem(Long.parseLong(String.valueOf(actionItemId)));
    return java.util.Date.from(action.dueDate().atTime(23, 59).atZone(BERLIN).toInstant());
  }

  public ActionItemRow actionItem(long id) {
    return jdbc.queryForObject("SELECT id, jour_fixe_ref, owner_group, due_date, description, state "
        + "FROM jf_action_item WHERE id = ?", (rs, i) -> actionRow(rs), id);
  }

  public List<ActionItemRow> openActionItems() {
    return jdbc.query("SELECT id, jour_fixe_ref, owner_group, due_date, description, state FROM jf_action_item "
        + "WHERE state = ? ORDER BY due_date, id", (rs, i) -> actionRow(rs), ACTION_OPEN);
  }

  public void completeAction(long id, String result) {
    jdbc.update("UPDATE jf_action_item SET state = ?, result = ?, done_at = ? WHERE id = ?", ACTION_DONE, result,
        Timestamp.from(Instant.now()), id);
  }

  public void close(String businessKey) {
    jdbc.update("UPDATE jf_meeting SET state = ?, open_date = NULL WHERE business_key = ?", "ABGESCHLOSSEN",
        businessKey);
  }

  public List<String> participants() {
    return List.copyOf(properties.participants());
  }

  public List<String> rotationPartners() {
    return List.copyOf(properties.rotation());
  }

  /** When the meeting is over and the minutes can be written. */
  public java.util.Date meetingEndsAt(LocalDate date) {
    return java.util.Date.from(date.atTime(properties.meetingEndHour(), 0).atZone(BERLIN).toInstant());
  }

  /** Contributions are due at the end of the day {@code contributionDays} before the meeting. */
  public java.util.Date contributionDueAt(LocalDate date) {
    return java.util.Date.from(date.minusDays(properties.contributionDays()).atTime(23, 59).atZone(BERLIN).toInstant());
  }

  public LocalDate timerMeetingDate() {
    return firstFreeDate(LocalDate.now(BERLIN).plusDays(properties.leadDays()));
  }

  public static String groupName(String groupId) {
    return PartnerGroup.byId(groupId).map(PartnerGroup::germanName).orElse(groupId);
  }

  private static ActionItemRow actionRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ActionItemRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
        rs.getString(5), rs.getString(6));
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
