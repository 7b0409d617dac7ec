package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model checks themselves: the good fixture passes, and each deliberately broken fixture in
 * src/test/resources/model-fixtures/broken fails with a message naming file, element and what to do.
 */
class ModelFixtureTest {

  static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");

  private static List<Finding> broken;

  @BeforeAll
  static void validateBrokenFixtures() {
    broken = new ModelValidator(new BackingClasses()).validate(FIXTURES.resolve("broken/bpmn"), FIXTURES.resolve("broken/forms"));
  }

  @Test
  @DisplayName("Ein regelkonformes Modell mit Formularen und DMN besteht alle Prüfungen")
  void goodFixturePasses() {
    List<Finding> findings = new ModelValidator(new BackingClasses()).validate(FIXTURES.resolve("good/bpmn"), FIXTURES.resolve("good/forms"));
    assertThat(findings).withFailMessage(() -> ModelValidationTest.report(findings)).isEmpty();
  }

  @Test
  @DisplayName("Kaputtes XML wird mit Datei und Parser-Meldung gemeldet")
  void unparseableModel() {
    expect("bpmn/broken-xml.bpmn", null, "kein gültiges BPMN");
  }

  @Test
  @DisplayName("Fehlendes Formular und fehlendes formRefBinding")
  void missingFormAndBinding() {
    expect("bpmn/missing-form.bpmn", "clearing", "Formular \"noSuchForm\" gibt es nicht in forms/");
    expect("bpmn/missing-form.bpmn", "caseStarted", "ohne Binding");
  }

  @Test
  @DisplayName("Feldschlüssel, die der Prozess nicht kennt, und Felder ohne Beschriftung")
  void unknownFieldKeys() {
    expect("forms/typo.form", "typoForm › Feld compnyName", "keine Variable des Prozesses unknown-field (BrokenFixturesProcess)");
    expect("forms/typo.form", "typoForm › Feld remark", "keine Variable des Prozesses");
    expect("forms/typo.form", "typoForm › Feld remark", "keine Beschriftung");
  }

  @Test
  @DisplayName("Formulare: ungültiges JSON, ohne ID, doppelte ID, unbenutzt")
  void brokenForms() {
    expect("forms/not-json.form", null, "kein gültiges JSON");
    expect("forms/no-id.form", null, "keine ID");
    expect("forms/zz-duplicate.form", "typoForm", "schon in forms/typo.form vergeben");
    expect("forms/unused.form", "unusedForm", "Kein Prozess verwendet dieses Formular");
  }

  @Test
  @DisplayName("Vom Modeler generierte IDs")
  void generatedIds() {
    expect("bpmn/generated-ids.bpmn", "Activity_0abc12x", "ist vom Modeler generiert");
  }

  @Test
  @DisplayName("camunda:class, Skript-Aufgaben und Skript-Listener")
  void codeInModel() {
    expect("bpmn/code-in-model.bpmn", "registerCompany", "camunda:class=\"de.fachkraftimfokus.SomeDelegate\" ist nicht erlaubt");
    expect("bpmn/code-in-model.bpmn", "registerCompany", "Ein Skript (camunda:script) ist nicht erlaubt");
    expect("bpmn/code-in-model.bpmn", "determineRegion", "Skript-Aufgaben sind nicht erlaubt");
  }

  @Test
  @DisplayName("historyTimeToLive, versionTag, Zielplattform 7.24 und Backing-Klasse fehlen")
  void missingProcessAttributes() {
    expect("bpmn/no-history.bpmn", "no-history", "historyTimeToLive fehlt");
    expect("bpmn/no-history.bpmn", "no-history", "versionTag fehlt");
    expect("bpmn/no-history.bpmn", null, "Zielplattform ist \"Camunda Cloud 8.6.0\"");
    expect("bpmn/no-history.bpmn", "no-history", "Keine Backing-Klasse");
  }

  @Test
  @DisplayName("Benutzeraufgaben: deutscher Name, bekannte Gruppe, Fälligkeit laut DESIGN.md, kein fester Bearbeiter")
  void userTaskRules() {
    expect("bpmn/task-rules.bpmn", "clearing (Review case)", "nicht nach einem deutschen Aufgabennamen");
    expect("bpmn/task-rules.bpmn", "clearing (Review case)", "Unbekannte Kandidatengruppe \"sales-team\"");
    expect("bpmn/task-rules.bpmn", "clearing (Review case)", "Fälligkeit \"P7D\" passt nicht zu DESIGN.md");
    expect("bpmn/task-rules.bpmn", "acceptReferral (Weitervermittlung annehmen)", "Fälligkeit fehlt");
    expect("bpmn/task-rules.bpmn", "acceptReferral (Weitervermittlung annehmen)", "Fester Bearbeiter \"demo\"");
    expect("bpmn/task-rules.bpmn", "acceptReferral (Weitervermittlung annehmen)", "weder Kandidatengruppe noch Bearbeiter-Ausdruck");
  }

  @Test
  @DisplayName("Layout: überlappende Elemente, Verbindungen durch fremde Elemente, fehlende Diagramm-Information")
  void layout() {
    expect("bpmn/overlap.bpmn", "registerCompany (Unternehmen erfassen)", "überlappt determineRegion (Region bestimmen)");
    expect("bpmn/edge-crossing.bpmn", "flowToEscalated (clearingOverdue → clearingEscalated)", "läuft durch caseClosed (Fall abgeschlossen)");
    expect("bpmn/missing-di.bpmn", "determineRegion (Region bestimmen)", "keine Diagramm-Information");
    expect("bpmn/missing-di.bpmn", "flowToEnd (clearing → caseClosed)", "keine Diagramm-Information");
    assertThat(broken).filteredOn(f -> f.file().equals("bpmn/overlap.bpmn") || f.file().equals("bpmn/edge-crossing.bpmn"))
        .as("a boundary event on its host is no overlap, and its flow may leave the host")
        .noneMatch(f -> f.toString().contains("clearingOverdue (") && f.problem().contains("überlappt"))
        .noneMatch(f -> f.problem().contains("läuft durch clearing"));
  }

  @Test
  @DisplayName("DMN: Beschriftungen, Anmerkungen, historyTimeToLive, versionTag")
  void dmnRules() {
    expect("bpmn/broken-region.dmn", "broken-region (Region zum Landkreis)", "historyTimeToLive fehlt");
    expect("bpmn/broken-region.dmn", "broken-region (Region zum Landkreis)", "versionTag fehlt");
    expect("bpmn/broken-region.dmn", "broken-region (Region zum Landkreis) › Eingabe districtInput", "keine Beschriftung");
    expect("bpmn/broken-region.dmn", "broken-region (Region zum Landkreis) › Ausgabe regionOutput", "keine Beschriftung");
    expect("bpmn/broken-region.dmn", "broken-region (Region zum Landkreis) › Regel 2", "keine Anmerkung");
    assertThat(broken).noneMatch(f -> f.toString().contains("Regel 1"));
  }

  @Test
  @DisplayName("Korrekte Teile der kaputten Modelle werden nicht bemängelt")
  void noFalseAlarms() {
    assertThat(broken).filteredOn(f -> f.file().equals("bpmn/dangling-delegate.bpmn") || f.file().equals("bpmn/unknown-field.bpmn"))
        .withFailMessage(() -> ModelValidationTest.report(broken))
        .isEmpty();
  }

  private static void expect(String file, String element, String problemFragment) {
    assertThat(broken)
        .withFailMessage(() -> "expected in " + file + " at " + element + ": \"" + problemFragment + "\" but got\n" + ModelValidationTest.report(broken))
        .anyMatch(f -> f.file().equals(file)
            && (element == null ? f.element() == null : f.element() != null && f.element().startsWith(element))
            && (f.problem() + " → " + f.fix()).contains(problemFragment));
  }
}
