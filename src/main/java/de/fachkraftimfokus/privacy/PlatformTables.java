package de.fachkraftimfokus.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person's values in the platform's own tables (every table of the schema that is not
 * Camunda's: company and contact register, activity register, Jour fixe, notification log, …).
 *
 * <p>None of them is meant to hold a contact person's data, but several keep texts that partners
 * write (a contact's topic from a partner's system, statements, contributions, minutes). So every
 * text column of every such table is searched, also those of tables added later; explicit SQL built
 * from the database's own metadata, because the columns are not known in advance. A found value is
 * replaced inside its text. Binary columns (generated PDF/HTML documents) are not searched: PDFs are
 * compressed, and a document is not rewritten (see docs/datenschutz.md).
 */
@Component
class PlatformTables {

  private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
      Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

  private final JdbcTemplate jdbc;
  private final String flywayTable;

  PlatformTables(JdbcTemplate jdbc, @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
    this.jdbc = jdbc;
    this.flywayTable = flywayTable;
  }

  /** Every text found, as table, column and the text that holds a value. */
  List<Finding> find(PersonValues values) {
    List<Finding> findings = new ArrayList<>();
    if (values.values().isEmpty()) {
      return findings;
    }
    textColumns().forEach((table, columns) -> {
      for (Map.Entry<String, String> hit : hits(table, columns, values)) {
        findings.add(Finding.inPlatformTable(table, hit.getKey(), hit.getValue()));
      }
    });
    return findings;
  }

  /** Replaces the values inside every text that holds one; returns how many cells changed. */
  int erase(PersonValues values) {
    int changed = 0;
    if (values.values().isEmpty()) {
      return changed;
    }
    for (Map.Entry<String, List<String>> table : textColumns().entrySet()) {
      Set<Map.Entry<String, String>> distinct = new LinkedHashSet<>(hits(table.getKey(), table.getValue(), values));
      for (Map.Entry<String, String> hit : distinct) {
        // no primary key is known for an arbitrary table: the text itself says which rows to change
        String column = quoted(hit.getKey());
        changed += jdbc.update("UPDATE " + quoted(table.getKey()) + " SET " + column + " = ? WHERE " + column + " = ?",
            values.scrub(hit.getValue()), hit.getValue());
      }
    }
    return changed;
  }

  /** (column, text) of every cell in the table whose text holds a value. */
  private List<Map.Entry<String, String>> hits(String table, List<String> columns, PersonValues values) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    for (String column : columns) {
      for (String value : values.values()) {
        conditions.add("LOWER(" + quoted(column) + ") LIKE ? ESCAPE '\\'");
        arguments.add("%" + likeEscaped(value.toLowerCase(Locale.ROOT)) + "%");
      }
    }
    String sql = "SELECT " + columns.stream().map(PlatformTables::quoted).collect(Collectors.joining(", ")) + " FROM "
        + quoted(table) + " WHERE " + String.join(" OR ", conditions);
    List<Map.Entry<String, String>> hits = new ArrayList<>();
    jdbc.query(sql, row -> {
      for (int i = 0; i < columns.size(); i++) {
        String text = row.getString(i + 1);
        if (values.foundIn(text)) {
          hits.add(Map.entry(columns.get(i), text));
        }
      }
    }, arguments.toArray());
    return hits;
  }

  /** Table → its text columns, for every table of the current schema that is the platform's own. */
  Map<String, List<String>> textColumns() {
    return jdbc.execute((ConnectionCallback<Map<String, List<String>>>) connection -> textColumns(connection));
  }

  private Map<String, List<String>> textColumns(Connection connection) throws SQLException {
    Map<String, List<String>> result = new LinkedHashMap<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME");
        if (Place.PLATFORM_TABLE.covers(table) && !table.equalsIgnoreCase(flywayTable)) {
          result.put(table, new ArrayList<>());
        }
      }
    }
    for (Map.Entry<String, List<String>> table : result.entrySet()) {
      try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table.getKey(), "%")) {
        while (columns.next()) {
          // the table name is a pattern here, and '_' matches any character
          if (table.getKey().equals(columns.getString("TABLE_NAME")) && TEXT_TYPES.contains(columns.getInt("DATA_TYPE"))) {
            table.getValue().add(columns.getString("COLUMN_NAME"));
          }
        }
      }
    }
    result.values().removeIf(List::isEmpty);
    return result;
  }

  /**
   * A name exactly as the database's metadata gives it: upper case on H2 and lower case on
   * PostgreSQL for unquoted DDL — both accept the standard double quotes.
   */
  private static String quoted(String name) {
    return '"' + name + '"';
  }

  private static String likeEscaped(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
