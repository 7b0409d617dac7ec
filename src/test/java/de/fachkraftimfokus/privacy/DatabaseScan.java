package de.fachkraftimfokus.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches the whole database — every table of the schema, Camunda's and the platform's — for
 * values, in every text column (LIKE, ignoring case) and every binary column (read and decoded as
 * UTF-8: variables stored as byte arrays, stack traces, attachment contents, comments' full text).
 * Deliberately independent of the production code it checks: it knows no places and no API, only
 * the database's own metadata.
 */
final class DatabaseScan {

  private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
      Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
  private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

  /** A value found: where, and which value. */
  record Hit(String table, String column, String value) {
    @Override
    public String toString() {
      return table + "." + column + " enthält „" + value + "“";
    }
  }

  /** What the database has: tables with their text and binary columns. */
  record Schema(Set<String> tables, Map<String, List<String>> textColumns, Map<String, List<String>> binaryColumns,
      String quote) {}

  private final JdbcTemplate jdbc;

  DatabaseScan(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every cell of the database that holds one of the values (ignoring case). */
  List<Hit> find(Collection<String> values) {
    Schema schema = schema();
    List<String> lower = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    List<Hit> hits = new ArrayList<>();
    String q = schema.quote();
    schema.textColumns().forEach((table, columns) -> {
      List<String> conditions = new ArrayList<>();
      List<Object> arguments = new ArrayList<>();
      for (String column : columns) {
        for (String value : lower) {
          conditions.add("LOWER(" + q + column + q + ") LIKE ? ESCAPE '\\'");
          arguments.add("%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
      }
      jdbc.query("SELECT " + columns.stream().map(c -> q + c + q).collect(Collectors.joining(", ")) + " FROM " + q + table
              + q + " WHERE " + String.join(" OR ", conditions),
          row -> {
            for (int i = 0; i < columns.size(); i++) {
              addHits(hits, table, columns.get(i), row.getString(i + 1), lower);
            }
          }, arguments.toArray());
    });
    schema.binaryColumns().forEach((table, columns) -> {
      for (String column : columns) {
        jdbc.query("SELECT " + q + column + q + " FROM " + q + table + q + " WHERE " + q + column + q + " IS NOT NULL", row -> {
          byte[] bytes = row.getBytes(1);
          addHits(hits, table, column, bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), lower);
        });
      }
    });
    return hits;
  }

  Schema schema() {
    return jdbc.execute((ConnectionCallback<Schema>) DatabaseScan::schema);
  }

  private static Schema schema(Connection connection) throws SQLException {
    Map<String, List<String>> text = new LinkedHashMap<>();
    Map<String, List<String>> binary = new LinkedHashMap<>();
    DatabaseMetaData metaData = connection.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet result = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (result.next()) {
        tables.add(result.getString("TABLE_NAME"));
      }
    }
    for (String table : tables) {
      try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
        while (columns.next()) {
          if (!table.equals(columns.getString("TABLE_NAME"))) {
            continue;
          }
          int type = columns.getInt("DATA_TYPE");
          String column = columns.getString("COLUMN_NAME");
          if (TEXT.contains(type)) {
            text.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
          } else if (BINARY.contains(type)) {
            binary.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
          }
        }
      }
    }
    Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    all.addAll(tables);
    // names exactly as the database keeps them (Flyway's own table is lower case even on H2)
    return new Schema(all, text, binary, metaData.getIdentifierQuoteString().trim());
  }

  private static void addHits(List<Hit> hits, String table, String column, String text, List<String> values) {
    if (text == null) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String value : values) {
      if (lower.contains(value)) {
        hits.add(new Hit(table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT), value));
      }
    }
  }
}
