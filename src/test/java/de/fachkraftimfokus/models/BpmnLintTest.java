package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * bpmnlint as Camunda Modeler runs it ({@code .bpmnlintrc}: bpmnlint:recommended + camunda-compat
 * for Camunda Platform 7.24): the models pass ({@code npm run lint} is what CI runs), and the lint
 * really rejects broken fixtures. Skipped where node_modules is missing, unless
 * {@code browser.tests.required=true} (CI, which runs {@code npm ci} first).
 */
class BpmnLintTest {

  static final Path BPMNLINT = Path.of("node_modules/.bin/bpmnlint");

  @BeforeAll
  static void needsNodeModules() {
    if (!Files.isExecutable(BPMNLINT)) {
      if (Boolean.getBoolean("browser.tests.required")) {
        throw new IllegalStateException(BPMNLINT + " fehlt – \"npm ci\" ausführen");
      }
      Assumptions.abort("bpmnlint nicht geprüft: " + BPMNLINT + " fehlt (npm ci)");
    }
  }

  @Test
  @DisplayName("Alle Modelle in bpmn/ bestehen bpmnlint")
  void modelsPassLint() throws Exception {
    List<Path> models = ModelValidator.files(ModelValidationTest.MODELS, ".bpmn");
    Assumptions.assumeFalse(models.isEmpty(), "keine Modelle in bpmn/");
    Lint lint = lint(models);
    assertThat(lint.exitCode()).withFailMessage(() -> "bpmnlint meldet Fehler – im Camunda Modeler erscheinen sie im Problems-Panel:\n" + lint.output())
        .isZero();
  }

  @Test
  @DisplayName("Prüfung der Prüfung: das gute Beispiel besteht, fehlende Diagramm-Information und fehlende historyTimeToLive nicht")
  void lintRejectsBrokenFixtures() throws Exception {
    assertThat(lint(List.of(ModelFixtureTest.FIXTURES.resolve("good/bpmn/fixture-case.bpmn"))).exitCode()).isZero();

    Lint missingDi = lint(List.of(ModelFixtureTest.FIXTURES.resolve("broken/bpmn/missing-di.bpmn")));
    assertThat(missingDi.exitCode()).isNotZero();
    assertThat(missingDi.output()).contains("determineRegion", "no-bpmndi");

    Lint noHistory = lint(List.of(ModelFixtureTest.FIXTURES.resolve("broken/bpmn/no-history.bpmn")));
    assertThat(noHistory.exitCode()).isNotZero();
    assertThat(noHistory.output()).contains("camunda-compat/history-time-to-live");
  }

  record Lint(int exitCode, String output) {}

  static Lint lint(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BPMNLINT.toAbsolutePath().toString()));
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("bpmnlint antwortet nicht");
    }
    return new Lint(process.exitValue(), output);
  }
}
