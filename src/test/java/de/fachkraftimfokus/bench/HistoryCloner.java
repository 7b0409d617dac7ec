package de.fachkraftimfokus.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Multiplies the history of finished cases on the database, so that the benchmark has 100,000
 * finished cases in minutes instead of hours: each clone of a case is one {@code INSERT … SELECT}
 * per history table over a number series, with every id that belongs to the case suffixed by
 * {@code -c<n>} (cut to 64 characters from the end; process instances, executions, activity instances, tasks, variables, jobs,
 * decisions, operations), so the references stay consistent within a clone and the business keys
 * distinct. Definition ids, activity ids, users and groups stay as they are. Byte arrays
 * ({@code BYTEARRAY_ID_}, e.g. JSON variables) are shared by a case and its clones, not copied: the
 * benchmark only reads history; erasing one clone's history would remove its original's bytes too.
 *
 * <p>The same SQL runs on PostgreSQL ({@code generate_series}) and H2 ({@code SYSTEM_RANGE}).
 */
final class HistoryCloner {

  /** Columns that hold an id belonging to one case: suffixed in a clone. */
  static final Set<String> CASE_IDS = Set.of("ID_", "PROC_INST_ID_", "PROCESS_INSTANCE_ID_", "ROOT_PROC_INST_ID_",
      "EXECUTION_ID_", "TASK_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "CALL_PROC_INST_ID_",
      "SUPER_PROCESS_INSTANCE_ID_", "RESTARTED_PROC_INST_ID_", "VAR_INST_ID_", "JOB_ID_", "OPERATION_ID_",
      "PARENT_TASK_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_",
      "EXT_TASK_ID_", "BUSINESS_KEY_");

  /** The suffix of clone n. */
  private static final String SUFFIX = "('-c' || CAST(c.n AS VARCHAR(12)))";

  /** At most this many clones of one case in one statement. */
  private static final int CHUNK = 5_000;

  private final DataSource dataSource;

  HistoryCloner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The history tables that can hold a case's rows (those with ROOT_PROC_INST_ID_), with their columns. */
  Map<String, List<String>> historyTables() throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT table_name, column_name FROM "
            + "information_schema.columns WHERE lower(table_schema) = 'public' AND lower(table_name) LIKE 'act_hi_%' "
            + "ORDER BY table_name, ordinal_position");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        tables.computeIfAbsent(rows.getString(1).toUpperCase(Locale.ROOT), t -> new ArrayList<>())
            .add(rows.getString(2).toUpperCase(Locale.ROOT));
      }
    }
    tables.values().removeIf(columns -> !columns.contains("ROOT_PROC_INST_ID_"));
    return tables;
  }

  /** Rows per history table (those with rows). */
  Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : historyTables().keySet()) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          if (rows.getLong(1) > 0) {
            counts.put(table, rows.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  /**
   * Clones the finished root process instances given until {@code clones} clones exist, spread
   * evenly over them. Returns the number of rows inserted.
   */
  long cloneCases(List<String> rootIds, int clones) throws Exception {
    Map<String, List<String>> tables = historyTables();
    // two connections: the database has the machine to itself meanwhile
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> work = new ArrayList<>();
      for (int r = 0; r < rootIds.size(); r++) {
        // the k-th clone overall goes to root k % roots
        int mine = clones / rootIds.size() + (r < clones % rootIds.size() ? 1 : 0);
        String root = rootIds.get(r);
        work.add(pool.submit(() -> cloneCase(tables, root, mine)));
      }
      long inserted = 0;
      for (Future<Long> future : work) {
        inserted += future.get();
      }
      return inserted;
    } finally {
      pool.shutdownNow();
    }
  }

  private long cloneCase(Map<String, List<String>> tables, String rootId, int clones) throws SQLException {
    long inserted = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      String series = postgres ? "generate_series(?, ?) AS c(n)" : "(SELECT X AS n FROM SYSTEM_RANGE(?, ?)) c";
      connection.setAutoCommit(false);
      for (int from = 1; from <= clones; from += CHUNK) {
        int to = Math.min(clones, from + CHUNK - 1);
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
          List<String> select = new ArrayList<>();
          for (String column : table.getValue()) {
            // ids are at most 64 characters: a long one (an activity instance's "activity:uuid")
            // loses its last characters to the suffix, the uuid's node part, equal in all of them
            select.add(CASE_IDS.contains(column)
                ? "CASE WHEN t." + column + " IS NULL THEN NULL ELSE SUBSTRING(t." + column + ", 1, 64 - LENGTH("
                    + SUFFIX + ")) || " + SUFFIX + " END"
                : "t." + column);
          }
          String sql = "INSERT INTO " + table.getKey() + " (" + String.join(", ", table.getValue()) + ") SELECT "
              + String.join(", ", select) + " FROM " + table.getKey() + " t CROSS JOIN " + series
              + " WHERE t.ROOT_PROC_INST_ID_ = ?";
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, from);
            statement.setInt(2, to);
            statement.setString(3, rootId);
            inserted += statement.executeUpdate();
          }
        }
        connection.commit();
      }
      connection.setAutoCommit(true);
    }
    return inserted;
  }

  /** On PostgreSQL, what autovacuum would do soon after such a load: fresh statistics for the planner. */
  void analyze() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
        statement.execute("ANALYZE");
      }
    }
  }
}
