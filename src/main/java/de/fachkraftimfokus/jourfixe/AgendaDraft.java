package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.AGENDA_ITEMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agenda in the form <i>Tagesordnung finalisieren</i>: one row per item, which the
 * Geschäftsstelle may reword, remove, reorder by removing and adding, or add to.
 */
final class AgendaDraft {

  static final int MAX_TITLE = 500;
  private static final String LABEL = "Tagesordnungspunkte";

  /** One row; {@code agendaItemId} is null for an item the Geschäftsstelle adds. */
  record Row(Long agendaItemId, String title, String description) {}

  private AgendaDraft() {}

  /** The rows to prefill the form with. */
  static String template(List<JourFixeService.AgendaItem> agenda) {
    ArrayNode rows = JsonRows.JSON.createArrayNode();
    for (JourFixeService.AgendaItem item : agenda) {
      rows.addObject().put("agendaItemId", item.id()).put("title", item.title())
          .put("description", item.description() == null ? "" : item.description());
    }
    return rows.toString();
  }

  /**
   * Reads and checks the rows; refuses them in German (naming the row) when a title is missing or
   * too long, a description too long, or a row points to an item that is not on this agenda.
   */
  static List<Row> read(Map<String, Object> variables, Set<Long> agendaItemIds) {
    InputCheck check = InputCheck.of(variables);
    List<Row> rows = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int number = 0;
    for (JsonNode node : JsonRows.of(variables.get(AGENDA_ITEMS), AGENDA_ITEMS, LABEL)) {
      number++;
      String label = "TOP " + number;
      JsonNode idNode = node.get("agendaItemId");
      Long id = idNode == null || idNode.isNull() || idNode.asText().isBlank() ? null : idNode.asLong(-1);
      String title = JsonRows.text(node, "title");
      String description = JsonRows.text(node, "description");
      check.rule(id == null || agendaItemIds.contains(id), AGENDA_ITEMS, label, "unbekannter Tagesordnungspunkt");
      check.rule(id == null || seen.add(id), AGENDA_ITEMS, label, "Tagesordnungspunkt doppelt");
      check.rule(title != null, AGENDA_ITEMS, label, "Titel erforderlich");
      check.rule(title == null || title.length() <= MAX_TITLE, AGENDA_ITEMS, label,
          "Titel höchstens " + MAX_TITLE + " Zeichen");
      check.rule(description == null || description.length() <= InputCheck.MAX_TEXT, AGENDA_ITEMS, label,
          "Beschreibung höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      rows.add(new Row(id, title, description));
    }
    check.orThrow();
    return rows;
  }
}
