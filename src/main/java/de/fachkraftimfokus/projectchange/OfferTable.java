package de.fachkraftimfokus.projectchange;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.OfferDecision;
import de.fachkraftimfokus.decision.DecisionEvaluator;
import de.fachkraftimfokus.decision.DecisionEvaluator.DeployedDecision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * The deployed table {@code offer-for-need} row by row, as its owner sees it in Modeler: which
 * versions exist, which rows a version has. Read from the engine's repository on behalf of the
 * platform (a partner announcing a change may not read decision definitions).
 */
@Service
class OfferTable {

  /**
   * One row (rule) of the table.
   *
   * @param number the row's number in Modeler, 1-based
   * @param needs the Handlungsfeld ids of the input entry; empty = every field ("-")
   */
  record Row(int number, String ruleId, List<String> needs, String offerId, String offerName, String partnerGroup,
      boolean externalConsultancy, String description) {

    /** What the row says, without where it stands (a moved row is no change). */
    List<Object> content() {
      return List.of(needs, String.valueOf(offerId), String.valueOf(offerName), String.valueOf(partnerGroup),
          externalConsultancy, String.valueOf(description));
    }
  }

  /** One deployed version with its rows. */
  record Version(int number, String versionTag, java.util.Date deployedAt, List<Row> rows) {

    /** The offers of the table by id (first row's name and partner), in row order. */
    Map<String, Row> offers() {
      Map<String, Row> offers = new LinkedHashMap<>();
      rows.forEach(row -> offers.putIfAbsent(row.offerId(), row));
      return offers;
    }

    boolean sameRowsAs(Version other) {
      return contents(rows).equals(contents(other.rows));
    }

    private static List<List<Object>> contents(Collection<Row> rows) {
      List<List<Object>> contents = new ArrayList<>(rows.stream().map(Row::content).toList());
      contents.sort(java.util.Comparator.comparing(Object::toString));
      return contents;
    }
  }

  private final DecisionEvaluator decisions;

  OfferTable(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  /** The latest deployed version. */
  Version latest() {
    return decisions.latest(OfferDecision.KEY).map(OfferTable::read)
        .orElseThrow(() -> new IllegalStateException("Die Tabelle " + OfferDecision.KEY + " ist nicht bereitgestellt"));
  }

  /** A given version, if it is still deployed. */
  Optional<Version> version(int number) {
    return decisions.version(OfferDecision.KEY, number).map(OfferTable::read);
  }

  static Version read(DeployedDecision deployed) {
    Decision decision = deployed.model().getModelElementById(OfferDecision.KEY);
    if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
      throw new IllegalStateException("Die Tabelle " + OfferDecision.KEY + " hat keine Entscheidungstabelle");
    }
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (Rule rule : table.getRules()) {
      number++;
      List<InputEntry> inputs = new ArrayList<>(rule.getInputEntries());
      List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < outputs.size() && i < entries.size(); i++) {
        out.put(outputs.get(i).getName(), entries.get(i).getTextContent());
      }
      rows.add(new Row(number, rule.getId(), inputs.isEmpty() ? List.of() : needs(inputs.get(0).getTextContent()),
          literal(out.get(OfferDecision.OUTPUT_OFFER_ID)), literal(out.get(OfferDecision.OUTPUT_OFFER_NAME)),
          literal(out.get(OfferDecision.OUTPUT_PARTNER_GROUP)),
          "true".equals(literal(out.get(OfferDecision.OUTPUT_EXTERNAL_CONSULTANCY))),
          rule.getDescription() == null ? null : rule.getDescription().getTextContent().trim()));
    }
    return new Version(deployed.version(), deployed.versionTag(), deployed.deployedAt(), List.copyOf(rows));
  }

  /** {@code "A"} or {@code "A","B"}; {@code -} or nothing = every field. */
  static List<String> needs(String entry) {
    String text = entry == null ? "" : entry.trim();
    if (text.isEmpty() || text.equals("-")) {
      return List.of();
    }
    List<String> needs = new ArrayList<>();
    for (String part : text.split(",")) {
      String need = literal(part);
      if (need != null && !need.isEmpty()) {
        needs.add(need);
      }
    }
    return List.copyOf(needs);
  }

  /** A FEEL literal as text: quotes removed. */
  static String literal(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }
}
