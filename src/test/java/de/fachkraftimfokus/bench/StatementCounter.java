package de.fachkraftimfokus.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.StatementType;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application's data source executes, by kind and table (the
 * benchmark's statements per case, docs/leistung.md). A statement is an {@code execute*} call or a
 * row added to a batch; {@code roundTrips} counts {@code execute*} and {@code executeBatch}. Only the
 * main data source is counted (the engine, Spring Data JDBC, JdbcTemplate); the yearly numbers'
 * own small pool ({@code process.YearlyNumbers}, one upsert per numbered start) is not.
 *
 * <p>datasource-proxy wraps the pool; the bench's own code in the way of every statement is a map
 * lookup and an increment, on both sides of the comparison alike.
 */
final class StatementCounter {

  private static final Pattern TABLE = Pattern.compile(
      "(?is)^\\s*(select|insert|update|delete|merge)\\b.*?\\b(from|into|update)\\s+([a-z0-9_\\.\"]+)");
  private static final Pattern UPDATE_TABLE = Pattern.compile("(?is)^\\s*update\\s+([a-z0-9_\\.\"]+)");

  private static final Map<String, LongAdder> STATEMENTS = new ConcurrentHashMap<>();
  private static final LongAdder ROUND_TRIPS = new LongAdder();
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  private StatementCounter() {}

  /** Registers the counting proxy around the application's data source (imported by the benchmark). */
  @TestConfiguration(proxyBeanMethods = false)
  static class Wiring {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? wrap(dataSource) : bean;
        }
      };
    }
  }

  /** What was counted since the last reset: statements per "KIND table", plus the round trips. */
  record Snapshot(Map<String, Long> statements, long roundTrips) {

    /** All statements but the job acquisition's. */
    long total() {
      return statements.entrySet().stream().filter(e -> !e.getKey().startsWith(ACQUISITION))
          .mapToLong(Map.Entry::getValue).sum();
    }

    long acquisition() {
      return statements.entrySet().stream().filter(e -> e.getKey().startsWith(ACQUISITION))
          .mapToLong(Map.Entry::getValue).sum();
    }

    long kind(String kind) {
      return statements.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  static void reset() {
    STATEMENTS.clear();
    ROUND_TRIPS.reset();
  }

  static Snapshot snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    STATEMENTS.forEach((key, count) -> copy.put(key, count.sum()));
    return new Snapshot(copy, ROUND_TRIPS.sum());
  }

  /**
   * The data source behind datasource-proxy, which reports every execution: a batch with its rows
   * (a prepared statement's parameter sets, or a plain statement's queries), otherwise one query; on the
   * thread that executed it.
   */
  static DataSource wrap(DataSource target) {
    return ProxyDataSourceBuilder.create(target).listener(new QueryExecutionListener() {
      @Override
      public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

      @Override
      public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        ROUND_TRIPS.increment();
        for (QueryInfo query : queries) {
          int rows = execution.isBatch() && execution.getStatementType() == StatementType.PREPARED
              ? Math.max(1, query.getParametersList().size()) : 1;
          count(query.getQuery(), Thread.currentThread().getName(), rows);
        }
      }
    }).build();
  }

  private static void count(String sql, String thread, int rows) {
    if (sql == null) {
      return;
    }
    // the job executor's acquisition polls whether anything is due, platform or not: counted apart
    String bucket = thread != null && thread.startsWith("JobExecutor") ? ACQUISITION : "";
    STATEMENTS.computeIfAbsent(bucket + KEYS.computeIfAbsent(sql, StatementCounter::key), k -> new LongAdder())
        .add(rows);
  }

  /** The prefix of statements of the job executor's acquisition thread. */
  static final String ACQUISITION = "acquisition: ";

  /** "INSERT ACT_HI_VARINST", "SELECT ACT_RU_TASK": the kind and the first table named. */
  static String key(String sql) {
    Matcher update = UPDATE_TABLE.matcher(sql);
    if (update.find()) {
      return "UPDATE " + table(update.group(1));
    }
    Matcher matcher = TABLE.matcher(sql);
    if (matcher.find()) {
      return matcher.group(1).toUpperCase(Locale.ROOT) + " " + table(matcher.group(3));
    }
    String first = sql.strip().split("\\s+", 2)[0];
    return first.toUpperCase(Locale.ROOT) + " ?";
  }

  private static String table(String name) {
    String bare = name.replace("\"", "");
    int dot = bare.lastIndexOf('.');
    return (dot >= 0 ? bare.substring(dot + 1) : bare).toUpperCase(Locale.ROOT);
  }
}
