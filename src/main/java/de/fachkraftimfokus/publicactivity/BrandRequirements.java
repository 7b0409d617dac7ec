package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.BrandDecision.*;

import de.fachkraftimfokus.decision.DecisionEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What agreement 1.2 asks of each kind of public activity — logo, wording of the umbrella brand,
 * link to the portal — by the process owners' decision table {@code brand-requirements} (latest
 * version). A kind the table does not know is held to all three: nothing goes out without the brand.
 */
@Component
class BrandRequirements {

  private static final Logger LOG = LoggerFactory.getLogger(BrandRequirements.class);

  /** One kind's requirement and the table's hint how to meet it. */
  record Requirement(boolean logo, boolean wording, boolean link, String hint) {

    /** The German names of the references required but not confirmed; empty when the brand is complete. */
    List<String> missing(boolean hasLogo, boolean hasWording, boolean hasLink) {
      List<String> missing = new ArrayList<>();
      if (logo && !hasLogo) {
        missing.add("Logo der Dachmarke");
      }
      if (wording && !hasWording) {
        missing.add("Wortlaut „" + PublicActivityProcess.UMBRELLA_BRAND + "“");
      }
      if (link && !hasLink) {
        missing.add("Link auf das Portal der Dachmarke");
      }
      return missing;
    }
  }

  static final Requirement ALL = new Requirement(true, true, true,
      "Für diese Art nennt die Tabelle brand-requirements nichts: Logo, Wortlaut und Link sind verlangt.");

  private final DecisionEvaluator decisions;

  BrandRequirements(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  Requirement of(PublicActivityKind kind) {
    List<Map<String, Object>> rows = decisions.evaluate(PublicActivityProcess.BRAND_DECISION, Map.of(INPUT_KIND, kind.name()));
    if (rows.isEmpty()) {
      LOG.warn("Tabelle {} hat keine Zeile für {}: alle drei Bezüge verlangt", PublicActivityProcess.BRAND_DECISION, kind);
      return ALL;
    }
    Map<String, Object> row = rows.get(0);
    return new Requirement(Boolean.TRUE.equals(row.get(OUTPUT_LOGO)), Boolean.TRUE.equals(row.get(OUTPUT_WORDING)),
        Boolean.TRUE.equals(row.get(OUTPUT_LINK)), row.get(OUTPUT_HINT) == null ? "" : row.get(OUTPUT_HINT).toString());
  }
}
