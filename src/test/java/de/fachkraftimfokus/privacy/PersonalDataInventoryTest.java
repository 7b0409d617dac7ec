package de.fachkraftimfokus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data inventory {@code docs/datenschutz.md} is true: its tables name exactly the places the
 * erasure covers ({@link Place}, with their tables and German names), exactly the personal fields
 * of {@link PrivacyProperties}, exactly the platform's own tables in the database, and the cleanup
 * window of the configuration; and the models give personal data no way into places the inventory
 * leaves out.
 */
@PlatformTest
@DisplayName("Datenschutz: das Datenverzeichnis (docs/datenschutz.md) stimmt mit Code, Datenbank und Modellen überein")
class PersonalDataInventoryTest {

  static final Path INVENTORY = Path.of("docs/datenschutz.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Autowired PrivacyProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Value("${camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime}") String windowStart;
  @Value("${camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime}") String windowEnd;

  @Test
  @DisplayName("Die Tabelle „Orte“ nennt jeden Ort der Löschung mit seinen Tabellen und seinem Namen, und keinen anderen")
  void placesAreTheErasuresPlaces() throws IOException {
    List<List<String>> rows = table("Kennung");
    Map<String, List<String>> documented = new LinkedHashMap<>();
    for (List<String> row : rows) {
      String id = code(row.get(0)).get(0);
      documented.put(id, row);
      Place place = Arrays.stream(Place.values()).filter(p -> p.name().equals(id)).findFirst().orElse(null);
      assertThat(place).as("Ort %s im Verzeichnis gibt es im Code (Place)", id).isNotNull();
      assertThat(row.get(1)).as("Name von %s", id).isEqualTo(place.label());
      assertThat(new TreeSet<>(code(row.get(2)))).as("Tabellen von %s", id).isEqualTo(new TreeSet<>(place.tables()));
      assertThat(row.subList(3, 7)).as("was, wie lange, wer liest, Löschung für %s", id).allSatisfy(cell ->
          assertThat(cell).isNotBlank());
    }
    assertThat(documented.keySet()).as("jeder Ort des Codes steht im Verzeichnis")
        .containsExactlyInAnyOrder(Arrays.stream(Place.values()).map(Place::name).toArray(String[]::new));
  }

  @Test
  @DisplayName("Die Tabelle „Personenbezogene Felder“ nennt genau die Variablen, die Auskunft und Löschung als persönlich behandeln")
  void fieldsAreThePersonalVariables() throws IOException {
    List<String> fields = table("Feld").stream().map(row -> code(row.get(0)).get(0)).toList();
    assertThat(fields).containsExactlyInAnyOrderElementsOf(properties.personalVariables());
    assertThat(fields).contains(properties.emailVariable());
  }

  @Test
  @DisplayName("Die Tabelle „Tabellen der Plattform“ nennt genau die eigenen Tabellen der Datenbank")
  void platformTablesAreTheDatabasesTables() throws IOException {
    Set<String> documented = table("Tabelle").stream().map(row -> code(row.get(0)).get(0).toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> inDatabase = new DatabaseScan(jdbc).schema().tables().stream()
        .map(table -> table.toUpperCase(Locale.ROOT)).filter(Place.PLATFORM_TABLE::covers)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inDatabase).as("eigene Tabellen gefunden").isNotEmpty();
    assertThat(documented).isEqualTo(inDatabase);
  }

  @Test
  @DisplayName("Das Zeitfenster der Historienbereinigung im Verzeichnis ist das der Konfiguration")
  void cleanupWindowIsDocumented() throws IOException {
    String text = Files.readString(INVENTORY, StandardCharsets.UTF_8);
    assertThat(text).contains("historyCleanupBatchWindowStartTime: \"" + windowStart + "\"")
        .contains("historyCleanupBatchWindowEndTime: \"" + windowEnd + "\"")
        .contains("zwischen **" + windowStart + " und " + windowEnd + "**");
  }

  @Test
  @DisplayName("Kein Modell verwendet eine persönliche Variable (also auch nicht in Aufgabennamen, Geschäftsschlüsseln, Entscheidungen) und keins hat externe Aufgaben")
  void modelsKeepPersonalDataOutOfUndocumentedPlaces() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).toList();
    }
    assertThat(models).as("Modelle gefunden").hasSizeGreaterThan(3);
    for (Path model : models) {
      String xml = Files.readString(model, StandardCharsets.UTF_8);
      for (String variable : properties.personalVariables()) {
        assertThat(xml).as("%s verwendet %s", model, variable).doesNotContain(variable);
      }
      assertThat(xml).as("%s hat keine externen Aufgaben", model).doesNotContain("camunda:type=\"external\"");
    }
  }

  /** The rows (cells without the outer pipes) of the Markdown table whose first header cell is the given one. */
  static List<List<String>> table(String firstHeader) throws IOException {
    List<String> lines = Files.readAllLines(INVENTORY, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!cells(lines.get(i)).isEmpty() && cells(lines.get(i)).get(0).equals(firstHeader)) {
        for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          rows.add(cells(lines.get(j)));
        }
        assertThat(rows).as("Tabelle „%s“ hat Zeilen", firstHeader).isNotEmpty();
        return rows;
      }
    }
    throw new AssertionError("Tabelle mit Spalte „" + firstHeader + "“ fehlt in " + INVENTORY);
  }

  private static List<String> cells(String line) {
    String trimmed = line.trim();
    if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
      return List.of();
    }
    return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::trim).toList();
  }

  private static List<String> code(String cell) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = CODE.matcher(cell);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }
}
