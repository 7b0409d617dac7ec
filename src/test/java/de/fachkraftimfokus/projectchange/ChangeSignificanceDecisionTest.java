package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.SignificanceDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.decision.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Tabelle change-significance: Art der Änderung, Handlungsfelder, Weiterbildung → wesentlich? (UNIQUE)")
class ChangeSignificanceDecisionTest {

  private static final DecisionTables TABLE = DecisionTables.load(KEY);

  static Stream<Arguments> rows() {
    return Stream.of(
        // rule 1: a new project is always significant
        Arguments.of(ChangeKind.NEW_PROJECT, 0, false, true, "Neues Projekt"),
        Arguments.of(ChangeKind.NEW_PROJECT, 1, false, true, "Neues Projekt"),
        Arguments.of(ChangeKind.NEW_PROJECT, 3, true, true, "Neues Projekt"),
        // rule 2: an ended project is always significant
        Arguments.of(ChangeKind.PROJECT_ENDED, 0, false, true, "Projekt endet"),
        Arguments.of(ChangeKind.PROJECT_ENDED, 2, true, true, "Projekt endet"),
        // rule 3: changed aims in two or more fields
        Arguments.of(ChangeKind.CHANGED_AIMS, 2, false, true, "mehreren Handlungsfeldern"),
        Arguments.of(ChangeKind.CHANGED_AIMS, 2, true, true, "mehreren Handlungsfeldern"),
        Arguments.of(ChangeKind.CHANGED_AIMS, 11, false, true, "mehreren Handlungsfeldern"),
        // rule 4: changed aims in one field of further training or HR development
        Arguments.of(ChangeKind.CHANGED_AIMS, 1, true, true, "Weiterbildungsberatung"),
        Arguments.of(ChangeKind.CHANGED_AIMS, 0, true, true, "Weiterbildungsberatung"),
        // rule 5: changed aims in one other field — the edge just below rules 3 and 4
        Arguments.of(ChangeKind.CHANGED_AIMS, 1, false, false, "einem Handlungsfeld"),
        Arguments.of(ChangeKind.CHANGED_AIMS, 0, false, false, "einem Handlungsfeld"),
        // rule 6: a changed contact is never significant
        Arguments.of(ChangeKind.CHANGED_CONTACT, 0, false, false, "Ansprechperson"),
        Arguments.of(ChangeKind.CHANGED_CONTACT, 4, true, false, "Ansprechperson"));
  }

  @ParameterizedTest(name = "{0}, {1} Handlungsfelder, Weiterbildung {2} → wesentlich {3}")
  @MethodSource("rows")
  @DisplayName("Jede Regel und ihre Grenzen")
  void significance(ChangeKind kind, int fieldCount, boolean furtherTraining, boolean significant, String reason) {
    List<Map<String, Object>> result = evaluate(kind.name(), fieldCount, furtherTraining);
    assertThat(result).hasSize(1);
    assertThat(result.get(0).get(OUTPUT_SIGNIFICANT)).isEqualTo(significant);
    assertThat((String) result.get(0).get(OUTPUT_REASON)).contains(reason);
  }

  @Test
  @DisplayName("Jede Art der Änderung mit 0 bis 11 Handlungsfeldern, mit und ohne Weiterbildung, trifft genau eine Regel")
  void complete() {
    for (ChangeKind kind : ChangeKind.values()) {
      if (!kind.isChange()) {
        continue;
      }
      for (int fields = 0; fields <= FieldOfAction.values().length; fields++) {
        for (boolean furtherTraining : new boolean[] {false, true}) {
          assertThat(evaluate(kind.name(), fields, furtherTraining)).as(kind + "/" + fields + "/" + furtherTraining)
              .hasSize(1);
        }
      }
    }
  }

  @Test
  @DisplayName("Die Einarbeitung und unbekannte Arten stehen nicht in der Tabelle (die Einarbeitung hat immer eine Veranstaltung)")
  void onboardingAndUnknownKinds() {
    assertThat(evaluate(ChangeKind.ONBOARDING.name(), 0, false)).isEmpty();
    assertThat(evaluate("new_project", 1, false)).isEmpty();
  }

  private static List<Map<String, Object>> evaluate(String kind, int fieldCount, boolean furtherTraining) {
    return TABLE.evaluate(Map.of(INPUT_KIND, kind, INPUT_FIELD_COUNT, fieldCount, INPUT_FURTHER_TRAINING, furtherTraining));
  }
}
