package de.fachkraftimfokus.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** The shared rendering service, with test templates under {@code src/test/resources/templates/document-test/}. */
@DisplayName("Dokumente aus Vorlagen")
class DocumentTemplatesTest {

  private final DocumentTemplates templates = new DocumentTemplates();

  public record Person(String name, String note) {}

  @Test
  @DisplayName("Text: Werte ungeschützt eingesetzt, Datum und Zahl deutsch, ein fehlender Hinweis entfällt")
  void textTemplate() {
    String text = templates.render("document-test/letter.txt", model(new Person("Ärzte & <Söhne>", null)));

    assertThat(text).isEqualTo("""
        Guten Tag Ärzte & <Söhne>,

        Stand: 07.03.2026, 20,5 Std.
        Notiz: –
        """);
    assertThat(templates.render("document-test/letter.txt", model(new Person("A", "verlegt"))))
        .contains("\nHinweis: verlegt\n");
  }

  @Test
  @DisplayName("Streng: ein fehlender Wert oder ein leeres Feld bricht ab und nennt Ausdruck, Vorlage und Zeile")
  void missingValueFails() {
    Map<String, Object> withoutDay = model(new Person("A", null));
    withoutDay.remove("day");
    assertThatThrownBy(() -> templates.render("document-test/letter.txt", withoutDay))
        .isInstanceOf(TemplateProcessingException.class)
        .hasMessageContaining("day")
        .hasMessageContaining("document-test/letter.txt").hasMessageContaining("line 3");

    assertThatThrownBy(() -> templates.render("document-test/letter.txt", model(new Person(null, null))))
        .isInstanceOf(TemplateProcessingException.class).hasMessageContaining("kein Wert für ${person.name}");
    assertThatThrownBy(() -> templates.render("document-test/sheet.html", Map.of("person", new Person("A", null))))
        .isInstanceOf(TemplateProcessingException.class).hasMessageContaining("${items}");
  }

  @Test
  @DisplayName("HTML: Werte werden geschützt eingesetzt; als PDF lesbar, Umlaute eingeschlossen")
  void htmlAndPdf() throws Exception {
    Map<String, Object> model = Map.of("person", new Person("Müller & <Söhne>", null), "items", List.of("eins", "zwei"));

    assertThat(templates.render("document-test/sheet.html", model))
        .contains("<h1>Müller &amp; &lt;Söhne&gt;</h1>").contains("<li>eins</li><li>zwei</li>")
        .doesNotContain("th:").doesNotContain("xmlns:th");
    byte[] pdf = templates.pdf("document-test/sheet.html", model);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Müller & <Söhne>").contains("eins").contains("zwei");
    }
  }

  @Test
  @DisplayName("Die Endung wählt die Art; eine fehlende Vorlage oder eine andere Endung wird abgelehnt")
  void templateNames() {
    assertThatThrownBy(() -> templates.render("document-test/letter", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.pdf("document-test/letter.txt", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> templates.render("document-test/missing.txt", Map.of()))
        .hasMessageContaining("document-test/missing.txt");
  }

  private static Map<String, Object> model(Person person) {
    Map<String, Object> model = new HashMap<>();
    model.put("person", person);
    model.put("day", LocalDate.of(2026, 3, 7));
    model.put("amount", 20.5);
    return model;
  }
}
