package de.fachkraftimfokus.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other processes may ask about coordination requests: the Jour fixe's monitoring report, the
 * workshop coordination of {@code public-activity} (clause 1.3).
 */
@Service
public class CoordinationRequestService {

  private final JdbcTemplate jdbc;
  private final ActivityRegister register;

  CoordinationRequestService(JdbcTemplate jdbc, ActivityRegister register) {
    this.jdbc = jdbc;
    this.register = register;
  }

  /**
   * The announced requests whose planned period touches the days {@code from} to {@code to}
   * (inclusive), without withdrawn and refused ones.
   */
  public List<Activity> plannedBetween(LocalDate from, LocalDate to) {
    return register.list(new ActivityRegister.Filter(null, null, null, from, to)).stream()
        .filter(activity -> !activity.state().isVoid()).toList();
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
      List<Object> arguments = new ArrayList<>(slice);
      arguments.add(ActivityRegister.PROCESS_KEY);
      jdbc.query("SELECT business_key, state FROM coord_activity WHERE business_key IN (" + marks + ") "
          + "AND process_key = ?", rs -> {
            states.put(rs.getString(1), ActivityState.valueOf(rs.getString(2)).germanName());
          }, arguments.toArray());
    }
    return states;
  }

  /** How many coordination requests the register holds in each state (states without any are missing). */
  public Map<ActivityState, Long> countByState() {
    Map<ActivityState, Long> counts = new java.util.EnumMap<>(ActivityState.class);
    jdbc.query("SELECT state, COUNT(*) FROM coord_activity WHERE process_key = ? GROUP BY state",
        rs -> {
          counts.put(ActivityState.valueOf(rs.getString(1)), rs.getLong(2));
        }, ActivityRegister.PROCESS_KEY);
    return counts;
  }
}
