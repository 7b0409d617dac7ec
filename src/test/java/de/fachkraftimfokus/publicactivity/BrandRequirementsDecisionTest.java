package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.BrandDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.decision.DecisionTables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Tabelle brand-requirements: Art der Aktivität → Logo, Wortlaut, Link (Nr. 1.2)")
class BrandRequirementsDecisionTest {

  private static final DecisionTables TABLE = DecisionTables.load(PublicActivityProcess.BRAND_DECISION);

  static Stream<Arguments> rows() {
    return Stream.of(
        // kind, logo, wording, link, a word of the hint
        Arguments.of(PublicActivityKind.PRESS_RELEASE, false, true, true, "Abbinder"),
        Arguments.of(PublicActivityKind.EVENT, true, true, true, "Einladung"),
        Arguments.of(PublicActivityKind.COMPANY_WORKSHOP, true, true, true, "Anmeldeseite"),
        Arguments.of(PublicActivityKind.PUBLICATION, true, true, true, "Impressum"),
        Arguments.of(PublicActivityKind.WEB_CONTENT, true, true, true, "Randspalte"),
        Arguments.of(PublicActivityKind.SOCIAL_MEDIA, false, true, true, "Beitragstext"));
  }

  @ParameterizedTest(name = "{0}: Logo {1}, Wortlaut {2}, Link {3}")
  @MethodSource("rows")
  @DisplayName("Jede Zeile")
  void row(PublicActivityKind kind, boolean logo, boolean wording, boolean link, String hintWord) {
    List<Map<String, Object>> result = TABLE.evaluate(Map.of(INPUT_KIND, kind.name()));
    assertThat(result).as("genau eine Zeile je Art (UNIQUE)").hasSize(1);
    Map<String, Object> row = result.get(0);
    assertThat(row).containsEntry(OUTPUT_LOGO, logo).containsEntry(OUTPUT_WORDING, wording)
        .containsEntry(OUTPUT_LINK, link);
    assertThat((String) row.get(OUTPUT_HINT)).contains(kind.germanName()).contains(hintWord);
  }

  @Test
  @DisplayName("Jede Art hat eine Zeile, und jede Zeile verlangt mindestens Wortlaut und Link")
  void everyKindCovered() {
    assertThat(rows()).hasSize(PublicActivityKind.values().length);
    for (PublicActivityKind kind : PublicActivityKind.values()) {
      Map<String, Object> row = TABLE.evaluate(Map.of(INPUT_KIND, kind.name())).get(0);
      assertThat(row).as(kind.name()).containsEntry(OUTPUT_WORDING, true).containsEntry(OUTPUT_LINK, true);
    }
  }

  @Test
  @DisplayName("Eine unbekannte Art trifft keine Zeile: die Plattform verlangt dann alle drei Bezüge")
  void unknownKind() {
    assertThat(TABLE.evaluate(Map.of(INPUT_KIND, "PODCAST"))).isEmpty();
    assertThat(BrandRequirements.ALL.missing(false, false, false)).hasSize(3);
    assertThat(Arrays.stream(PublicActivityKind.values()).map(Enum::name)).doesNotContain("PODCAST");
  }
}
