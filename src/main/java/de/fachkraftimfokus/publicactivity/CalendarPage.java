package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the staff calendar from {@code templates/publicactivity/calendar.html} with the platform's
 * one template engine ({@code document.DocumentTemplates}, strict, German locale). The German texts
 * live in the template; Java passes only data.
 */
@Component
class CalendarPage {

  static final String TEMPLATE = "publicactivity/calendar.html";

  private final DocumentTemplates documents;

  CalendarPage(DocumentTemplates documents) {
    this.documents = documents;
  }

  String render(Map<String, ?> variables) {
    return documents.render(TEMPLATE, variables);
  }
}
