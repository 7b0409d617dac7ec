package de.fachkraftimfokus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.validation.FieldError;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The form as the contract, field kind by field kind, on the platform's real forms. */
@DisplayName("Schreibvertrag aus dem Formular: Felder, Typen, Regeln")
class ContractCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("Nur die Schlüssel des Formulars; Pflichtfelder, Muster mit deutschem Hinweis, E-Mail, Auswahl")
  void startForm() throws IOException {
    FormContract start = form("advisory-case-start");
    ContractCheck.Verdict verdict = check(start, Map.of(
        "companyName", text("Firma"), "companyPostcode", text("123"), "contactEmail", text("a@@b"),
        "district", text("atlantis"), "salary", text("1")), null);
    assertThat(fields(verdict)).contains("companyPostcode", "contactEmail", "district", "salary", "contactName",
        "inquirySummary").doesNotContain("companyName", "contactPhone");
    assertThat(messageOf(verdict, "companyPostcode")).isEqualTo("genau fünf Ziffern");
    assertThat(messageOf(verdict, "salary")).contains("gehört nicht zu diesem Formular");
  }

  @Test
  @DisplayName("Optionen aus einer Variablen (valuesKey) gelten so, wie sie die Aufgabe gerade anbietet")
  void optionsFromVariable() throws IOException {
    FormContract options = form("developOptions");
    Map<String, Object> current = Map.of("offerOptions", "[{\"label\":\"PFIFF\",\"value\":\"pfiff-a\"}]");
    assertThat(check(options, Map.of("casePath", text("WEITERVERMITTLUNG"), "optionsSummary", text("x"),
        "selectedOfferIds", json("[\"pfiff-a\"]")), current).accepted()).isTrue();
    assertThat(fields(check(options, Map.of("casePath", text("WEITERVERMITTLUNG"), "optionsSummary", text("x"),
        "selectedOfferIds", json("[\"erfunden\"]")), current))).containsExactly("selectedOfferIds");
  }

  @Test
  @DisplayName("Schreibgeschützte Felder sendet Tasklist mit: sie werden verworfen; gesperrte Felder werden abgewiesen")
  void readonlyAndDisabled() throws IOException {
    FormContract approve = form("approveMinutes");
    ContractCheck.Verdict verdict = check(approve, Map.of("minutesApproval", text("approve"),
        "minutesText", text("geändert"), "decisions", json("[{\"title\":\"x\",\"decision\":\"ABGELEHNT\"}]")), null);
    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.ignored()).containsExactlyInAnyOrder("minutesText", "decisions");
    FormContract resolution = form("resolveObjections");
    assertThat(messageOf(check(resolution, Map.of("resolution", text("ANGEPASST"), "roundSummary", text("neu")), null),
        "roundSummary")).contains("nur zur Ansicht");
    // the statement form shows the activity as text (issue 19): its fields are no longer in the form at all
    FormContract statement = form("giveStatement");
    assertThat(messageOf(check(statement, Map.of("statement", text("ZUSTIMMUNG"), "title", text("neu")), null), "title"))
        .contains("gehört nicht zu diesem Formular");
  }

  @Test
  @DisplayName("Pflichtfeld ohne neuen Wert: der aktuelle Wert der Aufgabe genügt; ein geleertes Feld nicht")
  void requiredFromCurrentValue() throws IOException {
    FormContract clearing = form("clearing");
    Map<String, SubmittedValue> submitted = new LinkedHashMap<>(Map.of("needs", json("[\"RECRUITING\"]"),
        "urgency", text("NORMAL"), "problemDescription", text("p")));
    assertThat(fields(check(clearing, submitted, null))).containsExactly("ownSolutionIdeas");
    assertThat(check(clearing, submitted, Map.of("ownSolutionIdeas", "schon erfasst")).accepted()).isTrue();
    submitted.put("ownSolutionIdeas", text("  "));
    assertThat(fields(check(clearing, submitted, Map.of("ownSolutionIdeas", "schon erfasst"))))
        .containsExactly("ownSolutionIdeas");
  }

  @Test
  @DisplayName("Listen von Zeilen: nur die Felder der Zeile, jedes nach seinen Regeln, höchstens 200 Zeilen")
  void rows() throws IOException {
    FormContract minutes = form("writeMinutes");
    String row = "{\"agendaItemId\":1,\"title\":\"t\",\"decision\":\"ZUGESTIMMT\",\"decisionText\":\"ok\"}";
    assertThat(check(minutes, Map.of("minutesText", text("m"), "decisions", json("[" + row + "]")), null).accepted())
        .isTrue();
    ContractCheck.Verdict wrong = check(minutes, Map.of("minutesText", text("m"),
        "decisions", json("[{\"decision\":\"VIELLEICHT\",\"owner\":\"x\"}]")), null);
    assertThat(fields(wrong)).containsExactlyInAnyOrder("decisions[0].decision", "decisions[0].owner");
    assertThat(wrong.errors()).extracting(FieldError::label).allMatch(label -> label.contains("Zeile 1"));
    String many = "[" + String.join(",", java.util.Collections.nCopies(201, row)) + "]";
    assertThat(fields(check(minutes, Map.of("minutesText", text("m"), "decisions", json(many)), null)))
        .containsExactly("decisions");
  }

  @Test
  @DisplayName("Zahlen und Daten: ganze Zahlen, Grenzen, ISO-Datum im zulässigen Bereich")
  void numbersAndDates() throws IOException {
    FormContract start = form("coordination-request-start");
    ContractCheck.Verdict verdict = check(start, Map.of("expectedCompanies", number("2.5"),
        "periodStart", text("31.12.2026"), "periodEnd", text("2999-01-01")), null);
    assertThat(messageOf(verdict, "expectedCompanies")).isEqualTo("muss eine ganze Zahl sein");
    assertThat(messageOf(verdict, "periodStart")).contains("JJJJ-MM-TT");
    assertThat(messageOf(verdict, "periodEnd")).contains("1900–2100");
  }

  @Test
  @DisplayName("Texte: keine Steuerzeichen, keine Umkehr der Schreibrichtung, kein kaputtes UTF-16; Zeilenumbruch nur mehrzeilig")
  void textRules() {
    assertThat(TextRules.problemOf("a\u0000b", true)).isNotNull();
    assertThat(TextRules.problemOf("a\u202eb", true)).isNotNull();
    assertThat(TextRules.problemOf("a\ud800b", true)).isNotNull();
    assertThat(TextRules.problemOf("a\nb", false)).isNotNull();
    assertThat(TextRules.problemOf("a\nb", true)).isNull();
    assertThat(TextRules.problemOf("Müller-Lüdenscheidt e\u0301 \u200f 😀", false)).isNull();
  }

  private static FormContract form(String name) throws IOException {
    try (var in = new FileInputStream("forms/" + name + ".form")) {
      return FormContract.parse(in);
    }
  }

  private static ContractCheck.Verdict check(FormContract contract, Map<String, SubmittedValue> submitted,
      Map<String, Object> current) {
    return ContractCheck.check(contract, submitted, current == null ? null : current::get);
  }

  private static List<String> fields(ContractCheck.Verdict verdict) {
    return verdict.errors().stream().map(FieldError::field).toList();
  }

  private static String messageOf(ContractCheck.Verdict verdict, String field) {
    return verdict.errors().stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
        .orElse(null);
  }

  private static SubmittedValue text(String value) {
    return SubmittedValue.rest(JSON.createObjectNode().put("value", value));
  }

  private static SubmittedValue number(String value) {
    return SubmittedValue.rest(JSON.createObjectNode().set("value", JSON.getNodeFactory().numberNode(new java.math.BigDecimal(value))));
  }

  private static SubmittedValue json(String value) {
    JsonNode node = JSON.createObjectNode().put("value", value).put("type", "Json");
    return SubmittedValue.rest(node);
  }
}
