package de.fachkraftimfokus.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A bare DMN engine for testing one decision table of {@code bpmn/} on its own, without Spring. */
public final class DecisionTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTables(DmnDecision decision) {
    this.decision = decision;
  }

  /** Parses {@code bpmn/<key>.dmn} as deployed (file name = decision key). */
  public static DecisionTables load(String decisionKey) {
    String resource = "/bpmn/" + decisionKey + ".dmn";
    try (InputStream in = DecisionTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " fehlt auf dem Klassenpfad");
      }
      return new DecisionTables(ENGINE.parseDecision(decisionKey, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecision decision() {
    return decision;
  }

  /** The outputs of every matched rule, in rule order. */
  public List<Map<String, Object>> evaluate(Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(decision, variables).getResultList();
  }
}
