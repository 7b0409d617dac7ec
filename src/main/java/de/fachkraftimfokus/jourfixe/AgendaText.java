package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agenda as text ("TOP 1: …"), sent with the mail <i>Tagesordnung</i> and kept with the meeting:
 * from the template {@code templates/jourfixe/agenda.txt}, which holds the wording; Java hands over
 * the items.
 */
@Component
class AgendaText {

  static final String TEMPLATE = "jourfixe/agenda.txt";

  /**
   * One item as the template reads it.
   *
   * @param descriptionLines the lines of its description; empty without one
   */
  record Item(int number, String title, List<String> descriptionLines) {}

  private final DocumentTemplates documents;

  AgendaText(DocumentTemplates documents) {
    this.documents = documents;
  }

  String render(List<AgendaItem> agenda) {
    List<Item> items = new java.util.ArrayList<>();
    for (AgendaItem item : agenda) {
      String description = item.description();
      items.add(new Item(items.size() + 1, item.title(),
          description == null || description.isBlank() ? List.of() : List.of(description.split("\n", -1))));
    }
    return documents.render(TEMPLATE, Map.of("items", items));
  }
}
