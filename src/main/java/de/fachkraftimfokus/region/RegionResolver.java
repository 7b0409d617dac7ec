package de.fachkraftimfokus.region;

import de.fachkraftimfokus.decision.DecisionEvaluator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The region of a district, as the process owners' decision table {@code region-for-district}
 * says. An unknown district is an error, never a silent default.
 */
@Service
public class RegionResolver {

  public static final String DECISION_KEY = "region-for-district";
  public static final String INPUT_DISTRICT = "district";
  public static final String OUTPUT_REGION = "region";

  private final DecisionEvaluator decisions;

  RegionResolver(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  /**
   * @return the region id, e.g. {@code magdeburg} for {@code boerde}
   * @throws IllegalArgumentException (German message) if the table knows no region for the district
   */
  public String regionOf(String districtId) {
    List<Map<String, Object>> results = decisions.evaluate(DECISION_KEY, Map.of(INPUT_DISTRICT,
        districtId == null ? "" : districtId));
    if (results.isEmpty() || !(results.get(0).get(OUTPUT_REGION) instanceof String region) || region.isBlank()) {
      throw new IllegalArgumentException("Unbekannter Landkreis „" + districtId
          + "“: Die Tabelle region-for-district ordnet ihm keine Region zu.");
    }
    return region;
  }
}
