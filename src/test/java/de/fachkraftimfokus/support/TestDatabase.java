package de.fachkraftimfokus.support;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Chooses the database of a test run. With {@code -Ptest.database=postgres} (Maven profile
 * {@code postgres}) it creates a fresh PostgreSQL database for the whole run and drops it when the
 * run ends, so runs never share state and leave nothing behind. On H2 (default) every Spring
 * context gets its own in-memory database from {@code application-test.yml}.
 *
 * With {@code -Dtest.keepDatabase=true} the database stays after the run (its name is printed).
 *
 * <p>Server: {@code TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code TEST_PG_USER} (default {@code postgres}), {@code TEST_PG_PASSWORD} (default empty).
 */
public class TestDatabase implements LauncherSessionListener {

  private static String createdDatabase;

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("test.database", "h2"));
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    TestMailServer.get();
    System.setProperty("spring.mail.host", "127.0.0.1");
    System.setProperty("spring.mail.port", String.valueOf(TestMailServer.port()));
    if (!isPostgres() || createdDatabase != null) {
      return;
    }
    String name = "fkif_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name);
    createdDatabase = name;
    System.setProperty("spring.datasource.url", serverUrl() + name);
    System.setProperty("spring.datasource.username", user());
    System.setProperty("spring.datasource.password", password());
    System.setProperty("spring.datasource.driver-class-name", "org.postgresql.Driver");
    System.out.println("[test-db] PostgreSQL-Testdatenbank " + name + " angelegt");
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (createdDatabase == null) {
      return;
    }
    closeSpringContexts();
    if (Boolean.getBoolean("test.keepDatabase")) {
      // to look into it afterwards (docs/leistung.md: EXPLAIN ANALYZE on the benchmark's data); drop it by hand
      System.out.println("[test-db] PostgreSQL-Testdatenbank " + createdDatabase + " bleibt (test.keepDatabase)");
      createdDatabase = null;
      return;
    }
    execute("DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
    System.out.println("[test-db] PostgreSQL-Testdatenbank " + createdDatabase + " gelöscht");
    createdDatabase = null;
  }

  /**
   * Spring closes its cached test contexts in a JVM shutdown hook, after this listener — too late:
   * their engines would still hold connections to the database we drop. Close them first.
   */
  private static void closeSpringContexts() {
    try {
      Field cacheField = DefaultCacheAwareContextLoaderDelegate.class.getDeclaredField("defaultContextCache");
      cacheField.setAccessible(true);
      ContextCache cache = (ContextCache) cacheField.get(null);
      Field mapField = cache.getClass().getDeclaredField("contextMap");
      mapField.setAccessible(true);
      for (Object context : ((Map<?, ?>) mapField.get(cache)).values()) {
        if (context instanceof ConfigurableApplicationContext configurable) {
          configurable.close();
        }
      }
      cache.clear();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Spring-Testkontexte ließen sich nicht schließen", e);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL für Tests nicht erreichbar (" + serverUrl() + "): " + e.getMessage(), e);
    }
  }

  private static String serverUrl() {
    return env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  }

  private static String user() {
    return env("TEST_PG_USER", "postgres");
  }

  private static String password() {
    return env("TEST_PG_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
