package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The model checks themselves: a good fixture passes, each deliberately broken fixture fails with its own message. */
class ModelFixtureTest {

  static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");

  private static List<Finding> broken;

  @BeforeAll
  static void validateBrokenFixtures() {
    broken = new ModelValidator(new BackingClasses()).validate(FIXTURES.resolve("broken/bpmn"), FIXTURES.resolve("broken/forms"));
    broken.forEach(f -> System.out.println("[fixture] " + f));
  }

  @Test
  @DisplayName("Ein regelkonformes Modell mit Formularen und DMN besteht alle Prüfungen")
  void goodFixturePasses() {
    List<Finding> findings = new ModelValidator(new BackingClasses()).validate(FIXTURES.resolve("good/bpmn"), FIXTURES.resolve("good/forms"));
    assertThat(findings).withFailMessage(() -> ModelValidationTest.report(findings)).isEmpty();
  }
}
