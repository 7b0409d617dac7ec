package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.monitoring.CountedGauge;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Coordination requests by their register state, for Prometheus ({@code fkif_coordination_requests{state=…}}):
 * one row per state, zeros included, so a dashboard panel keeps its series when a state empties.
 * Counted in the activity register on the metrics schedule, never per scrape.
 */
@Component
class CoordinationRequestGauge implements CountedGauge {

  private final CoordinationRequestService requests;

  CoordinationRequestGauge(CoordinationRequestService requests) {
    this.requests = requests;
  }

  @Override
  public String name() {
    return "fkif.coordination.requests";
  }

  @Override
  public String description() {
    return "Vorabstimmungen je Stand im Aktivitätenregister";
  }

  @Override
  public String label() {
    return "state";
  }

  @Override
  public Map<String, Long> count() {
    Map<ActivityState, Long> counts = requests.countByState();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (ActivityState state : ActivityState.values()) {
      rows.put(state.name(), counts.getOrDefault(state, 0L));
    }
    return rows;
  }
}
