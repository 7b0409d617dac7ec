package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every model in {@code bpmn/} and every form in {@code forms/} follows the platform's rules (see
 * {@link ModelValidator}, {@link LayoutCheck}). A failure lists each defect with file, element and
 * what to do — the message is meant for the process owner who changed the model.
 */
class ModelValidationTest {

  static final Path MODELS = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");

  @Test
  @DisplayName("Alle Modelle und Formulare in bpmn/ und forms/ halten die Regeln ein")
  void modelsAndFormsFollowTheRules() {
    List<Finding> findings = new ModelValidator(new BackingClasses()).validate(MODELS, FORMS);
    assertThat(findings)
        .withFailMessage(() -> report(findings))
        .isEmpty();
  }

  static String report(List<Finding> findings) {
    return findings.size() + " Problem(e) in den Modellen/Formularen – bitte beheben:\n"
        + findings.stream().map(f -> "  • " + f).collect(Collectors.joining("\n"));
  }
}
