package de.fachkraftimfokus.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What other processes may ask about coordination requests (the Jour fixe's monitoring report). */
@Service
public class CoordinationRequestService {

  private final JdbcTemplate jdbc;

  CoordinationRequestService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The register state of each request, in German ("in Abstimmung", "beim Jour fixe", ...), by
   * business key. Keys without a register entry are missing from the result.
   */
  public Map<String, String> germanStatesOf(Collection<String> businessKeys) {
    Map<String, String> states = new HashMap<>();
    List<String> keys = new ArrayList<>(businessKeys);
    // in slices: an IN list of thousands of keys is not welcome on every database
    for (int i = 0; i < keys.size(); i += 500) {
      List<String> slice = keys.subList(i, Math.min(i + 500, keys.size()));
      String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
      jdbc.query("SELECT business_key, state FROM coord_activity WHERE business_key IN (" + marks + ")",
          rs -> {
            states.put(rs.getString(1), ActivityState.valueOf(rs.getString(2)).germanName());
          }, slice.toArray());
    }
    return states;
  }
}
