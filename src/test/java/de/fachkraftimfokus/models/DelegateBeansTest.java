package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Delegates named in the models exist as beans of the running platform. */
@PlatformTest
class DelegateBeansTest {

  @Autowired ApplicationContext context;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  @Test
  @DisplayName("Jeder delegateExpression in bpmn/ nennt eine vorhandene Spring-Bean")
  void everyDelegateExists() {
    List<Finding> findings = DelegateBeans.check(ModelValidationTest.MODELS, context::containsBean);
    assertThat(findings).withFailMessage(() -> ModelValidationTest.report(findings)).isEmpty();
  }

  @Test
  @DisplayName("Die Plattform hat jeden Prozess und jede Entscheidung aus bpmn/ deployt")
  void platformDeployedEveryModel() {
    for (java.nio.file.Path file : ModelValidator.files(ModelValidationTest.MODELS, ".bpmn")) {
      for (var process : org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(file.toFile())
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
        if (process.isExecutable()) {
          assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).count())
              .withFailMessage("%s › %s: nicht deployt – Start-Log der Plattform prüfen", ModelValidator.label(file), process.getId())
              .isPositive();
        }
      }
    }
    for (java.nio.file.Path file : ModelValidator.files(ModelValidationTest.MODELS, ".dmn")) {
      for (var decision : org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile())
          .getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getId()).count())
            .withFailMessage("%s › %s: nicht deployt – Start-Log der Plattform prüfen", ModelValidator.label(file), decision.getId())
            .isPositive();
      }
    }
  }

  @Test
  @DisplayName("Prüfung der Prüfung: ein Modell mit unbekanntem Delegate fällt auf")
  void danglingDelegateIsReported() {
    List<Finding> findings = DelegateBeans.check(ModelFixtureTest.FIXTURES.resolve("broken/bpmn"),
        name -> context.containsBean(name) || name.equals("fixtureRegisterDelegate"));
    assertThat(findings).extracting(Finding::toString)
        .containsExactly("bpmn/dangling-delegate.bpmn › registerCompany: Delegate \"noSuchDelegate\" gibt es nicht (keine Spring-Bean dieses Namens)"
            + " → den Namen korrigieren (Tippfehler?) oder – Entwicklung – einen @Component-Delegate dieses Namens anlegen");
  }
}
