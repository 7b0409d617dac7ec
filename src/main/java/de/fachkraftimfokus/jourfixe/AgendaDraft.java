package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.AgendaRow;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agenda in the form <i>Tagesordnung finalisieren</i>: one row per item, which the
 * Geschäftsstelle may reword, remove, reorder by removing and adding, or add to. The rows are read
 * by their handle ({@link Var#AGENDA_ITEMS}); this class adds the rules a form cannot express.
 */
final class AgendaDraft {

  static final int MAX_TITLE = 500;
  private static final String LABEL = "Tagesordnungspunkte";

  private AgendaDraft() {}

  /** The rows to prefill the form with. */
  static List<AgendaRow> template(List<AgendaItem> agenda) {
    return agenda.stream()
        .map(item -> new AgendaRow(item.id(), item.title(), item.description() == null ? "" : item.description()))
        .toList();
  }

  /**
   * Reads and checks the rows (titles and descriptions trimmed, blank ones null); refuses them in
   * German (naming the row) when a title is missing or too long, a description too long, or a row
   * points to an item that is not on this agenda.
   */
  static List<AgendaRow> read(Map<String, Object> variables, Set<Long> agendaItemIds) {
    InputCheck check = InputCheck.of(variables);
    List<AgendaRow> rows = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int number = 0;
    for (AgendaRow row : check.rows(Var.AGENDA_ITEMS, LABEL)) {
      number++;
      String label = "TOP " + number;
      Long id = row == null ? null : row.agendaItemId();
      String title = row == null ? null : Minutes.text(row.title());
      String description = row == null ? null : Minutes.text(row.description());
      check.rule(id == null || agendaItemIds.contains(id), Var.AGENDA_ITEMS, label, "unbekannter Tagesordnungspunkt");
      check.rule(id == null || seen.add(id), Var.AGENDA_ITEMS, label, "Tagesordnungspunkt doppelt");
      check.rule(title != null, Var.AGENDA_ITEMS, label, "Titel erforderlich");
      check.rule(title == null || title.length() <= MAX_TITLE, Var.AGENDA_ITEMS, label,
          "Titel höchstens " + MAX_TITLE + " Zeichen");
      check.rule(description == null || description.length() <= InputCheck.MAX_TEXT, Var.AGENDA_ITEMS, label,
          "Beschreibung höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      rows.add(new AgendaRow(id, title, description));
    }
    check.orThrow();
    return rows;
  }
}
