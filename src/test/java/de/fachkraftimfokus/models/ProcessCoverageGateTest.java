package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage gate on the good fixture, with reports written in the coverage library's own format. */
class ProcessCoverageGateTest {

  static final Path MODELS = ModelFixtureTest.FIXTURES.resolve("good/bpmn");
  static final String KEY = "fixture-case";
  static final List<String> HAPPY_PATH = List.of("caseStarted", "flowToRegister", "registerCompany", "flowToRegion", "determineRegion",
      "flowToClearing", "clearing", "flowToEnd", "caseClosed");
  static final List<String> OVERDUE_PATH = List.of("clearingOverdue", "flowToEscalated", "clearingEscalated");

  @TempDir Path reports;

  @Test
  @DisplayName("Zwei Testklassen zusammen decken alle Knoten und Flüsse ab: bestanden")
  void aggregatesAcrossTestClasses() throws Exception {
    report("HappyPathTest", HAPPY_PATH);
    report("OverdueTest", OVERDUE_PATH);

    ProcessCoverageGate.Result result = ProcessCoverageGate.evaluate(MODELS, reports, reports.resolve("none.properties"));

    assertThat(result.passes()).withFailMessage(() -> ProcessCoverageGate.table(result)).isTrue();
    assertThat(result.rows()).singleElement().satisfies(row -> {
      assertThat(row.flowNodes()).isEqualTo(7);
      assertThat(row.sequenceFlows()).isEqualTo(5);
      assertThat(row.flowNodePercent()).isEqualTo(100.0);
    });
  }

  @Test
  @DisplayName("Ein nicht getesteter Pfad lässt das Gate scheitern und nennt die Elemente")
  void uncoveredPathFails() throws Exception {
    report("HappyPathTest", HAPPY_PATH);

    ProcessCoverageGate.Result result = ProcessCoverageGate.evaluate(MODELS, reports, reports.resolve("none.properties"));

    assertThat(result.passes()).isFalse();
    assertThat(result.rows().get(0).uncovered()).containsExactlyInAnyOrderElementsOf(OVERDUE_PATH);
    assertThat(ProcessCoverageGate.table(result)).contains("ZU NIEDRIG", "nicht durchlaufen: clearingEscalated, clearingOverdue, flowToEscalated");
  }

  @Test
  @DisplayName("Ein Prozess ganz ohne Test lässt das Gate scheitern")
  void untestedProcessFails() throws Exception {
    report("OtherProcessTest", List.of());

    ProcessCoverageGate.Result result = ProcessCoverageGate.evaluate(MODELS, reports, reports.resolve("none.properties"));

    assertThat(result.passes()).isFalse();
    assertThat(ProcessCoverageGate.table(result)).contains("FEHLT: kein Test startet diesen Prozess");
  }

  @Test
  @DisplayName("Eine begründete Untergrenze lässt eine Lücke zu, eine unbegründete nicht")
  void bounds() throws Exception {
    report("HappyPathTest", HAPPY_PATH);
    Path justified = reports.resolve("justified.properties");
    Files.writeString(justified, "# Überfälligkeit: der Timer wird im Test der Eskalation separat geprüft\n"
        + KEY + ".flowNodes=70\n" + KEY + ".sequenceFlows=60\n");
    Path unjustified = reports.resolve("unjustified.properties");
    Files.writeString(unjustified, KEY + ".flowNodes=70\n" + KEY + ".sequenceFlows=60\n");

    assertThat(ProcessCoverageGate.evaluate(MODELS, reports, justified).passes()).isTrue();
    ProcessCoverageGate.Result result = ProcessCoverageGate.evaluate(MODELS, reports, unjustified);
    assertThat(result.passes()).isFalse();
    assertThat(result.problems()).anyMatch(p -> p.contains("ohne Begründung"));
  }

  private void report(String testClass, List<String> covered) throws Exception {
    Suite suite = new Suite(testClass, testClass);
    Run run = new Run("run", "run");
    for (String id : covered) {
      boolean flow = id.startsWith("flow");
      run.addEvent(new Event(flow ? EventSource.SEQUENCE_FLOW : EventSource.FLOW_NODE, flow ? EventType.TAKE : EventType.END,
          id, flow ? "sequenceFlow" : "task", covered.isEmpty() ? "other" : KEY, 0L));
    }
    suite.addRun(run);
    Model model = new Model(covered.isEmpty() ? "other" : KEY, 12, "1", Files.readString(MODELS.resolve(KEY + ".bpmn")));
    Path dir = Files.createDirectories(reports.resolve(testClass));
    Files.writeString(dir.resolve("report.json"), CoverageStateJsonExporter.createCoverageStateResult(Set.of(suite), Set.of(model)));
  }
}
