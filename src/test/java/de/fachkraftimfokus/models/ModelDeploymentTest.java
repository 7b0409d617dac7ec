package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every model and form deploys to a real (throw-away, in-memory) Camunda 7.24 engine. */
class ModelDeploymentTest {

  @Test
  @DisplayName("Alle Modelle und Formulare aus bpmn/ und forms/ lassen sich deployen")
  void modelsDeploy() {
    List<Finding> findings = EngineDeployment.deploy(ModelValidationTest.MODELS, ModelValidationTest.FORMS);
    assertThat(findings).withFailMessage(() -> ModelValidationTest.report(findings)).isEmpty();
  }

  @Test
  @DisplayName("Prüfung der Prüfung: das gute Beispiel deployt, ein Modell ohne historyTimeToLive nicht")
  void fixtures() {
    assertThat(EngineDeployment.deploy(ModelFixtureTest.FIXTURES.resolve("good/bpmn"), ModelFixtureTest.FIXTURES.resolve("good/forms"))).isEmpty();

    List<Finding> broken = EngineDeployment.deploy(ModelFixtureTest.FIXTURES.resolve("broken/bpmn"), ModelFixtureTest.FIXTURES.resolve("broken/forms"));
    assertThat(broken).withFailMessage(() -> ModelValidationTest.report(broken))
        .anyMatch(f -> f.file().equals("bpmn/no-history.bpmn") && f.problem().contains("ENGINE-12018"))
        .anyMatch(f -> f.file().equals("bpmn/broken-xml.bpmn"))
        .noneMatch(f -> f.file().equals("bpmn/dangling-delegate.bpmn"));
  }
}
