package de.fachkraftimfokus.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V60, once per database: removes the form-field history the engine wrote before
 * {@link FormFieldHistoryPlugin} (copies of variable values, personal data included). Flyway runs
 * before the engine: on a new database Camunda's tables do not exist yet and there is nothing to
 * remove. A Spring bean (Spring Boot hands {@code JavaMigration} beans to Flyway), so it can live
 * beside the plugin instead of in the {@code db.migration} package.
 */
@Component
class LegacyFormFieldHistoryMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("60");
  }

  @Override
  public String getDescription() {
    return "remove legacy form field history";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!detailTableExists(connection)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(EngineTablesWithoutApi.DELETE_ALL_FORM_FIELDS);
    }
  }

  private static boolean detailTableExists(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
        new String[] {"TABLE"})) {
      while (tables.next()) {
        if ("ACT_HI_DETAIL".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
      return false;
    }
  }
}
