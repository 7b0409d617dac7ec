package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.OfferRecommender.INPUT_NEED_COUNT;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.INPUT_PARTNER_COUNT;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.INPUT_URGENCY;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OUTPUT_PATH;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.PATH_DECISION;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCIES;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_HIGH;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_LOW;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_NORMAL;
import static de.fachkraftimfokus.advisorycase.Recommendation.GRUNDBERATUNG;
import static de.fachkraftimfokus.advisorycase.Recommendation.KOORDINIERTE_BEGLEITUNG;
import static de.fachkraftimfokus.advisorycase.Recommendation.WEITERVERMITTLUNG;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.decision.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Tabelle case-path: Handlungsfelder, Partner, Dringlichkeit → Weg")
class CasePathDecisionTest {

  private static final DecisionTables TABLE = DecisionTables.load(PATH_DECISION);

  static Stream<Arguments> rows() {
    return Stream.of(
        // rule 1: no referral partner → the Regiocoach alone
        Arguments.of(0, 0, URGENCY_NORMAL, GRUNDBERATUNG),
        Arguments.of(1, 0, URGENCY_HIGH, GRUNDBERATUNG),
        Arguments.of(5, 0, URGENCY_HIGH, GRUNDBERATUNG),
        // rule 2: three or more partners
        Arguments.of(3, 3, URGENCY_LOW, KOORDINIERTE_BEGLEITUNG),
        Arguments.of(2, 3, URGENCY_NORMAL, KOORDINIERTE_BEGLEITUNG),
        Arguments.of(11, 6, URGENCY_HIGH, KOORDINIERTE_BEGLEITUNG),
        // rule 3: two partners, three or more needs
        Arguments.of(3, 2, URGENCY_LOW, KOORDINIERTE_BEGLEITUNG),
        Arguments.of(4, 2, URGENCY_NORMAL, KOORDINIERTE_BEGLEITUNG),
        // rule 4: two partners, two needs, urgent
        Arguments.of(2, 2, URGENCY_HIGH, KOORDINIERTE_BEGLEITUNG),
        // rule 5: otherwise referral — the edges just below rules 2 to 4
        Arguments.of(2, 2, URGENCY_NORMAL, WEITERVERMITTLUNG),
        Arguments.of(2, 2, URGENCY_LOW, WEITERVERMITTLUNG),
        Arguments.of(1, 2, URGENCY_HIGH, WEITERVERMITTLUNG),
        Arguments.of(1, 1, URGENCY_NORMAL, WEITERVERMITTLUNG),
        Arguments.of(1, 1, URGENCY_HIGH, WEITERVERMITTLUNG),
        Arguments.of(3, 1, URGENCY_HIGH, WEITERVERMITTLUNG),
        Arguments.of(11, 1, URGENCY_LOW, WEITERVERMITTLUNG));
  }

  @ParameterizedTest(name = "{0} Handlungsfelder, {1} Partner, {2} → {3}")
  @MethodSource("rows")
  @DisplayName("Jede Regel und ihre Grenzen")
  void pathFor(int needCount, int partnerCount, String urgency, String path) {
    assertThat(evaluate(needCount, partnerCount, urgency)).isEqualTo(path);
  }

  @Test
  @DisplayName("Jede Kombination bis 11 Handlungsfelder und 6 Partner ergibt einen der drei Wege (keine Lücke)")
  void complete() {
    for (int needs = 0; needs <= FieldOfAction.values().length; needs++) {
      for (int partners = 0; partners <= 6; partners++) {
        for (String urgency : URGENCIES) {
          assertThat(evaluate(needs, partners, urgency)).as(needs + "/" + partners + "/" + urgency)
              .isIn(GRUNDBERATUNG, WEITERVERMITTLUNG, KOORDINIERTE_BEGLEITUNG);
        }
      }
    }
  }

  private static String evaluate(int needCount, int partnerCount, String urgency) {
    List<Map<String, Object>> result = TABLE.evaluate(Map.of(INPUT_NEED_COUNT, needCount,
        INPUT_PARTNER_COUNT, partnerCount, INPUT_URGENCY, urgency));
    assertThat(result).hasSize(1);
    return (String) result.get(0).get(OUTPUT_PATH);
  }
}
