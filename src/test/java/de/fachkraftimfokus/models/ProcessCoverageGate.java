package de.fachkraftimfokus.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;

/**
 * The process coverage gate. Run in Maven's {@code verify} phase (exec-maven-plugin, after all
 * tests): it aggregates the per-test-class reports of camunda-process-test-coverage
 * ({@code target/process-test-coverage/<TestClass>/report.json}) per process definition key and
 * fails the build when a process in {@code bpmn/} has flow-node or sequence-flow coverage below its
 * bound — 100 % unless {@code src/test/resources/coverage-bounds.properties} gives a lower, justified
 * one — or no test at all. Prints a per-model table and writes it to
 * {@code target/process-test-coverage/summary.txt}.
 *
 * <p>Aggregation happens here, after the test JVM has ended, rather than in a "last" JUnit test:
 * JUnit gives no reliable last test across classes, and a gate inside the test run could not see
 * reports written by a forked or later test JVM.
 */
public final class ProcessCoverageGate {

  static final Path MODELS = Path.of("bpmn");
  static final Path REPORTS = Path.of("target/process-test-coverage");
  static final Path BOUNDS = Path.of("src/test/resources/coverage-bounds.properties");

  record Row(String processKey, String file, int flowNodes, int coveredFlowNodes, int sequenceFlows, int coveredSequenceFlows,
             double flowNodeBound, double sequenceFlowBound, Set<String> uncovered, boolean tested) {

    double flowNodePercent() {
      return flowNodes == 0 ? 100 : 100.0 * coveredFlowNodes / flowNodes;
    }

    double sequenceFlowPercent() {
      return sequenceFlows == 0 ? 100 : 100.0 * coveredSequenceFlows / sequenceFlows;
    }

    boolean passes() {
      return tested && flowNodePercent() + 1e-9 >= flowNodeBound && sequenceFlowPercent() + 1e-9 >= sequenceFlowBound;
    }
  }

  record Result(List<Row> rows, List<String> problems) {
    boolean passes() {
      return problems.isEmpty() && rows.stream().allMatch(Row::passes);
    }
  }

  private ProcessCoverageGate() {}

  public static void main(String[] args) throws IOException {
    for (String partial : List.of("test", "it.test")) {
      String selected = System.getProperty(partial);
      if (selected != null && !selected.isBlank()) {
        System.out.println("[coverage-gate] übersprungen: nur ausgewählte Tests liefen (-D" + partial + "=" + selected + ")");
        return;
      }
    }
    if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("maven.test.skip") || Boolean.getBoolean("coverage.gate.skip")) {
      System.out.println("[coverage-gate] übersprungen: Tests wurden nicht ausgeführt");
      return;
    }
    Result result = evaluate(MODELS, REPORTS, BOUNDS);
    String table = table(result);
    System.out.println(table);
    Files.createDirectories(REPORTS);
    Files.writeString(REPORTS.resolve("summary.txt"), table, StandardCharsets.UTF_8);
    if (!result.passes()) {
      throw new IllegalStateException("Prozess-Abdeckung unter der Grenze – siehe Tabelle oben und die HTML-Berichte unter "
          + REPORTS.toAbsolutePath() + "/<Testklasse>/report.html");
    }
  }

  static Result evaluate(Path modelDir, Path reportDir, Path boundsFile) throws IOException {
    List<String> problems = new ArrayList<>();
    Bounds bounds = Bounds.read(boundsFile, problems);
    Map<String, Set<String>> covered = coveredElements(reportDir);
    List<Row> rows = new ArrayList<>();
    for (Path file : ModelValidator.files(modelDir, ".bpmn")) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        problems.add(ModelValidator.label(file) + ": nicht lesbar (siehe ModelValidationTest)");
        continue;
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          continue;
        }
        String key = process.getId();
        Set<String> hits = covered.getOrDefault(key, Set.of());
        Set<String> nodes = new TreeSet<>();
        Set<String> flows = new TreeSet<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          if (processOf(element) != process) {
            continue;
          }
          if (element instanceof FlowNode) {
            nodes.add(element.getId());
          } else if (element instanceof SequenceFlow) {
            flows.add(element.getId());
          }
        }
        Set<String> uncovered = new TreeSet<>(nodes);
        uncovered.addAll(flows);
        uncovered.removeAll(hits);
        rows.add(new Row(key, ModelValidator.label(file),
            nodes.size(), (int) nodes.stream().filter(hits::contains).count(),
            flows.size(), (int) flows.stream().filter(hits::contains).count(),
            bounds.flowNodes(key), bounds.sequenceFlows(key), uncovered, covered.containsKey(key)));
      }
    }
    return new Result(rows, problems);
  }

  /** Covered element ids per process definition key, over all test classes' reports. */
  static Map<String, Set<String>> coveredElements(Path reportDir) throws IOException {
    Map<String, Set<String>> covered = new HashMap<>();
    if (!Files.isDirectory(reportDir)) {
      return covered;
    }
    List<Path> reports;
    try (Stream<Path> paths = Files.walk(reportDir)) {
      reports = paths.filter(p -> p.getFileName().toString().equals("report.json")).sorted().toList();
    }
    for (Path report : reports) {
      CoverageStateResult state = CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report, StandardCharsets.UTF_8));
      for (var model : state.getModels()) {
        covered.computeIfAbsent(model.getKey(), k -> new TreeSet<>());
      }
      for (Event event : state.getEvents()) {
        if (event.getSource() == EventSource.FLOW_NODE || event.getSource() == EventSource.SEQUENCE_FLOW) {
          covered.computeIfAbsent(event.getModelKey(), k -> new TreeSet<>()).add(event.getDefinitionKey());
        }
      }
    }
    return covered;
  }

  static String table(Result result) {
    StringBuilder out = new StringBuilder("\n[coverage-gate] Prozess-Abdeckung durch Tests (alle Testklassen zusammen)\n");
    out.append(String.format(Locale.ROOT, "%-26s %-22s %-22s %s%n", "Prozess", "Knoten (min)", "Flüsse (min)", "Ergebnis"));
    for (Row row : result.rows()) {
      out.append(String.format(Locale.ROOT, "%-26s %-22s %-22s %s%n", row.processKey(),
          String.format(Locale.ROOT, "%d/%d %5.1f%% (%.0f%%)", row.coveredFlowNodes(), row.flowNodes(), row.flowNodePercent(), row.flowNodeBound()),
          String.format(Locale.ROOT, "%d/%d %5.1f%% (%.0f%%)", row.coveredSequenceFlows(), row.sequenceFlows(), row.sequenceFlowPercent(), row.sequenceFlowBound()),
          !row.tested() ? "FEHLT: kein Test startet diesen Prozess" : row.passes() ? "ok" : "ZU NIEDRIG"));
      if (!row.passes() && row.tested()) {
        out.append("    nicht durchlaufen: ").append(String.join(", ", row.uncovered()))
            .append("\n    → Tests für diese Pfade ergänzen, oder eine begründete Untergrenze in coverage-bounds.properties eintragen\n");
      } else if (!row.tested()) {
        out.append("    → eine Testklasse mit @PlatformTest und @Import(ProcessEngineCoverageConfiguration.class) anlegen, die ")
            .append(row.file()).append(" durchläuft\n");
      }
    }
    if (result.rows().isEmpty()) {
      out.append("(keine Prozessmodelle in bpmn/)\n");
    }
    result.problems().forEach(p -> out.append("FEHLER: ").append(p).append('\n'));
    return out.toString();
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return (Process) current;
  }

  /**
   * Lower bounds per process: {@code <key>.flowNodes=90}, {@code <key>.sequenceFlows=85} (percent).
   * Each lower bound needs a justification in the comment line(s) directly above it.
   */
  record Bounds(Map<String, Double> values) {

    static Bounds read(Path file, List<String> problems) throws IOException {
      Map<String, Double> values = new LinkedHashMap<>();
      if (!Files.exists(file)) {
        return new Bounds(values);
      }
      boolean justified = false;
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String line = raw.trim();
        if (line.startsWith("#")) {
          justified = line.length() > 10;
          continue;
        }
        if (line.isEmpty()) {
          justified = false;
          continue;
        }
        String[] parts = line.split("=", 2);
        String key = parts[0].trim();
        if (parts.length != 2 || !(key.endsWith(".flowNodes") || key.endsWith(".sequenceFlows"))) {
          problems.add(file + ": Zeile \"" + line + "\" verstanden nicht (erwartet <prozess>.flowNodes=<prozent> oder <prozess>.sequenceFlows=<prozent>)");
          continue;
        }
        double value;
        try {
          value = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
          problems.add(file + ": \"" + parts[1].trim() + "\" ist keine Zahl");
          continue;
        }
        if (value < 100 && !justified) {
          problems.add(file + ": Untergrenze " + key + "=" + parts[1].trim() + " ohne Begründung – einen Kommentar (#) direkt darüber schreiben");
        }
        values.put(key, value);
      }
      return new Bounds(values);
    }

    double flowNodes(String processKey) {
      return values.getOrDefault(processKey + ".flowNodes", 100.0);
    }

    double sequenceFlows(String processKey) {
      return values.getOrDefault(processKey + ".sequenceFlows", 100.0);
    }
  }
}
