package de.fachkraftimfokus.region;

import static de.fachkraftimfokus.region.RegionResolver.DECISION_KEY;
import static de.fachkraftimfokus.region.RegionResolver.INPUT_DISTRICT;
import static de.fachkraftimfokus.region.RegionResolver.OUTPUT_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.decision.DecisionTables;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Tabelle region-for-district: Landkreis → Region")
class RegionForDistrictDecisionTest {

  private static final DecisionTables TABLE = DecisionTables.load(DECISION_KEY);

  /** DESIGN.md §5 — written out here on purpose, so a change of table and enum alike is noticed. */
  static Stream<Arguments> contract() {
    return Stream.of(
        Arguments.of("altmarkkreis-salzwedel", "altmark"), Arguments.of("stendal", "altmark"),
        Arguments.of("magdeburg", "magdeburg"), Arguments.of("boerde", "magdeburg"),
        Arguments.of("jerichower-land", "magdeburg"), Arguments.of("salzlandkreis", "magdeburg"),
        Arguments.of("harz", "harz"),
        Arguments.of("anhalt-bitterfeld", "anhalt"), Arguments.of("dessau-rosslau", "anhalt"),
        Arguments.of("wittenberg", "anhalt"),
        Arguments.of("halle", "halle"), Arguments.of("saalekreis", "halle"),
        Arguments.of("burgenlandkreis", "halle"), Arguments.of("mansfeld-suedharz", "halle"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("contract")
  @DisplayName("Jeder der 14 Landkreise liegt in genau der Region des Vertrags")
  void eachDistrictHasItsRegion(String district, String region) {
    List<Map<String, Object>> result = TABLE.evaluate(Map.of(INPUT_DISTRICT, district));
    assertThat(result).hasSize(1);
    assertThat(result.get(0)).containsEntry(OUTPUT_REGION, region);
  }

  @Test
  @DisplayName("Tabelle und District-Enum stimmen für alle 14 Landkreise überein, und es gibt keine weiteren Regeln")
  void tableAgreesWithEnum() {
    for (District district : District.values()) {
      List<Map<String, Object>> result = TABLE.evaluate(Map.of(INPUT_DISTRICT, district.id()));
      assertThat(result).as(district.id()).hasSize(1);
      assertThat(result.get(0).get(OUTPUT_REGION)).as(district.id()).isEqualTo(district.region().id());
    }
    var table = (DmnDecisionTableImpl) TABLE.decision().getDecisionLogic();
    assertThat(table.getRules()).hasSize(District.values().length);
    assertThat(contract().count()).isEqualTo(District.values().length);
    assertThat(Arrays.stream(District.values()).map(d -> d.region().id()).distinct())
        .containsExactlyInAnyOrder(Arrays.stream(Region.values()).map(Region::id).toArray(String[]::new));
  }

  @ParameterizedTest(name = "„{0}“")
  @ValueSource(strings = {"berlin", "Magdeburg", "boerde ", "halle-saale", "sachsen-anhalt", "Börde"})
  @DisplayName("Ein unbekannter oder anders geschriebener Landkreis trifft keine Regel (kein stiller Standard)")
  void unknownDistrictMatchesNothing(String district) {
    assertThat(TABLE.evaluate(Map.of(INPUT_DISTRICT, district))).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @DisplayName("Ein fehlender Landkreis trifft keine Regel")
  void missingDistrictMatchesNothing(String district) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(INPUT_DISTRICT, district);
    assertThat(TABLE.evaluate(variables)).isEmpty();
  }
}
