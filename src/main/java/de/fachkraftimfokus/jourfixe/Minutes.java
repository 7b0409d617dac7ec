package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.ActionRow;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.DecisionRow;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The minutes as typed, checked values: a decision for every item of this agenda, complete action
 * items. The form's two dynamic lists are read by their handles ({@link Var#DECISIONS},
 * {@link Var#ACTION_ITEMS}); this class adds the rules a form cannot express.
 */
public record Minutes(String minutesText, List<Decision> decisions, List<Action> actionItems) {

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

  public record Action(String ownerGroup, LocalDate dueDate, String description) {}

  /**
   * Reads and checks the minutes; refuses them in German (naming the list and row) when a decision
   * is missing or an action item is incomplete.
   *
   * @param agendaItems the items of this Jour fixe's agenda by id, with their source; each needs a decision
   */
  public static Minutes read(Map<String, Object> variables, Map<Long, AgendaSource> agendaItems) {
    Set<Long> agendaItemIds = agendaItems.keySet();
    InputCheck check = InputCheck.of(variables).requiredText(Var.MINUTES_TEXT, "Zusammenfassung");
    List<Decision> decisions = new ArrayList<>();
    int number = 0;
    for (DecisionRow row : check.rows(Var.DECISIONS, "Beschlüsse")) {
      number++;
      long id = row == null || row.agendaItemId() == null ? -1 : row.agendaItemId();
      String code = row == null ? null : text(row.decision());
      String decisionText = row == null ? null : text(row.decisionText());
      String label = "Beschluss Nr. " + number;
      check.rule(agendaItemIds.contains(id), Var.DECISIONS, label, "unbekannter Tagesordnungspunkt");
      check.rule(code != null && DECISION_CODES.contains(code), Var.DECISIONS, label, "Beschluss auswählen");
      check.rule(code == null || agendaItems.get(id) != AgendaSource.COORDINATION_REQUEST
          || COORDINATION_CODES.contains(code), Var.DECISIONS, label,
          "bei einer Vorabstimmung: zugestimmt, angepasst, abgelehnt oder vertagt");
      check.rule(code == null || NOTED.equals(code) || decisionText != null, Var.DECISIONS, label,
          "Begründung/Wortlaut erforderlich");
      check.rule(decisionText == null || decisionText.length() <= InputCheck.MAX_TEXT, Var.DECISIONS, label,
          "höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      decisions.add(new Decision(id, row == null ? null : text(row.title()), code,
          decisionText == null ? "" : decisionText));
    }
    Set<Long> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.agendaItemId()));
    check.rule(decided.size() == decisions.size(), Var.DECISIONS, "Beschlüsse", "je Tagesordnungspunkt nur ein Beschluss");
    check.rule(decided.containsAll(agendaItemIds), Var.DECISIONS, "Beschlüsse", "zu jedem Tagesordnungspunkt ein Beschluss");

    List<Action> actions = new ArrayList<>();
    Set<String> owners = Set.copyOf(PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList());
    number = 0;
    for (ActionRow row : check.rows(Var.ACTION_ITEMS, "Maßnahmen")) {
      number++;
      String label = "Maßnahme Nr. " + number;
      String owner = row == null ? null : text(row.ownerGroup());
      LocalDate due = row == null ? null : date(text(row.dueDate()));
      String description = row == null ? null : text(row.description());
      check.rule(owner != null && owners.contains(owner), Var.ACTION_ITEMS, label, "verantwortliche Gruppe auswählen");
      check.rule(due != null, Var.ACTION_ITEMS, label, "Frist erforderlich (JJJJ-MM-TT)");
      check.rule(description != null, Var.ACTION_ITEMS, label, "Beschreibung erforderlich");
      check.rule(description == null || description.length() <= InputCheck.MAX_TEXT, Var.ACTION_ITEMS, label,
          "höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      actions.add(new Action(owner, due, description));
    }
    check.orThrow();
    return new Minutes(Var.MINUTES_TEXT.get(variables).trim(), decisions, actions);
  }

  /** The rows to prefill the minutes form with: one per agenda item, undecided. */
  static List<DecisionRow> decisionsTemplate(List<AgendaItem> agenda) {
    return agenda.stream().map(item -> new DecisionRow(item.id(), item.title(), "", "")).toList();
  }

  /** The trimmed text; null when missing or blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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
