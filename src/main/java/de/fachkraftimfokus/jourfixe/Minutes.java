package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.validation.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The minutes as typed Java values. The only place that reads the dynamic lists of the minutes
 * form: Tasklist submits them as Json variables (Spin nodes), the REST API or tests may send Json,
 * a JSON string or plain lists of maps — all arrive here and nowhere else.
 */
public record Minutes(String minutesText, List<Decision> decisions, List<ActionItem> actionItems) {

  /**
   * Decision codes of the minutes form. {@code VERTAGT} puts the item on the next agenda. A
   * coordination request accepts ZUGESTIMMT, ANGEPASST (agreed with the conditions of the decision
   * text) and ABGELEHNT as message variable {@code decision} (its JourFixeDecision), or VERTAGT.
   */
  public static final Set<String> DECISION_CODES =
      Set.of("ZUR_KENNTNIS", "ZUGESTIMMT", "ANGEPASST", "ABGELEHNT", "VERTAGT");
  public static final Set<String> COORDINATION_CODES = Set.of("ZUGESTIMMT", "ANGEPASST", "ABGELEHNT", "VERTAGT");
  public static final String NOTED = "ZUR_KENNTNIS";
  public static final String POSTPONED = "VERTAGT";

  public record Decision(long agendaItemId, String title, String decision, String decisionText) {}

  public record ActionItem(String ownerGroup, LocalDate dueDate, String description) {}

  private static final ObjectMapper JSON = JsonRows.JSON;

  /**
   * Reads and checks the minutes; refuses them in German (naming the list and row) when a decision
   * is missing or an action item is incomplete.
   *
   * @param agendaItems the items of this Jour fixe's agenda by id, with their source type; each needs a decision
   */
  public static Minutes read(Map<String, Object> variables, Map<Long, String> agendaItems) {
    Set<Long> agendaItemIds = agendaItems.keySet();
    InputCheck check = InputCheck.of(variables).requiredText(MINUTES_TEXT, "Zusammenfassung");
    List<Decision> decisions = new ArrayList<>();
    int row = 0;
    for (JsonNode node : list(variables.get(DECISIONS))) {
      row++;
      long id = node.path("agendaItemId").asLong(-1);
      String code = text(node, "decision");
      String decisionText = text(node, "decisionText");
      String label = "Beschluss Nr. " + row;
      check.rule(agendaItemIds.contains(id), DECISIONS, label, "unbekannter Tagesordnungspunkt");
      check.rule(code != null && DECISION_CODES.contains(code), DECISIONS, label, "Beschluss auswählen");
      check.rule(code == null || !JourFixeService.SOURCE_COORDINATION_REQUEST.equals(agendaItems.get(id))
          || COORDINATION_CODES.contains(code), DECISIONS, label,
          "bei einer Vorabstimmung: zugestimmt, angepasst, abgelehnt oder vertagt");
      check.rule(code == null || NOTED.equals(code) || decisionText != null, DECISIONS, label, "Begründung/Wortlaut erforderlich");
      check.rule(decisionText == null || decisionText.length() <= InputCheck.MAX_TEXT, DECISIONS, label,
          "höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      decisions.add(new Decision(id, text(node, "title"), code, decisionText == null ? "" : decisionText));
    }
    Set<Long> decided = new java.util.HashSet<>();
    decisions.forEach(d -> decided.add(d.agendaItemId()));
    check.rule(decided.size() == decisions.size(), DECISIONS, "Beschlüsse", "je Tagesordnungspunkt nur ein Beschluss");
    check.rule(decided.containsAll(agendaItemIds), DECISIONS, "Beschlüsse", "zu jedem Tagesordnungspunkt ein Beschluss");

    List<ActionItem> actionItems = new ArrayList<>();
    Set<String> owners = Set.copyOf(PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList());
    row = 0;
    for (JsonNode node : list(variables.get(ACTION_ITEMS))) {
      row++;
      String label = "Maßnahme Nr. " + row;
      String owner = text(node, "ownerGroup");
      LocalDate due = date(text(node, "dueDate"));
      String description = text(node, "description");
      check.rule(owner != null && owners.contains(owner), ACTION_ITEMS, label, "verantwortliche Gruppe auswählen");
      check.rule(due != null, ACTION_ITEMS, label, "Frist erforderlich (JJJJ-MM-TT)");
      check.rule(description != null, ACTION_ITEMS, label, "Beschreibung erforderlich");
      check.rule(description == null || description.length() <= InputCheck.MAX_TEXT, ACTION_ITEMS, label,
          "höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      actionItems.add(new ActionItem(owner, due, description));
    }
    check.orThrow();
    return new Minutes(((String) variables.get(MINUTES_TEXT)).trim(), decisions, actionItems);
  }

  /** Json list of the decisions to prefill the minutes form, one row per agenda item. */
  static String decisionsTemplate(List<JourFixeService.AgendaItem> agenda) {
    var array = JSON.createArrayNode();
    for (JourFixeService.AgendaItem item : agenda) {
      array.addObject().put("agendaItemId", item.id()).put("title", item.title())
          .put("decision", "").put("decisionText", "");
    }
    return array.toString();
  }

  private static List<JsonNode> list(Object value) {
    return JsonRows.of(value, "liste", "Liste");
  }

  private static String text(JsonNode node, String field) {
    return JsonRows.text(node, field);
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
