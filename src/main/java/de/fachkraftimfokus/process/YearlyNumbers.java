package de.fachkraftimfokus.process;

import java.sql.DatabaseMetaData;
import java.time.Year;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one per-year numbering of all processes that number their cases ({@code BF-2026-00042},
 * {@code AB-2026-0007}, {@code JF-2026-03}, …): table {@code fkif_yearly_number}, one row per series
 * and year.
 *
 * <p>The next number is taken by a single upsert in a transaction of its own: explicit SQL because
 * it must be atomic under concurrent starts on H2 and PostgreSQL alike, and because PostgreSQL
 * aborts a whole transaction after a failed statement, so "insert, catch the duplicate, update" can
 * never work inside the engine's transaction there. The row is locked only for that short
 * transaction, not until the start commits. Gap-free numbering is not needed (numbers identify
 * cases, they do not count them): a start that fails after it was numbered leaves a gap.
 *
 * <p>That transaction runs on a small connection pool of its own (two connections, same database):
 * every start already holds one connection of the main pool for the engine's transaction, so with
 * the main pool a burst of starts as large as the pool would wait forever for the second
 * connection each needs (sixteen parallel first starts did, {@code YearlyNumbersTest}).
 */
@Service
public class YearlyNumbers implements DisposableBean {

  private static final int POOL_SIZE = 2;

  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private volatile Boolean postgres;

  YearlyNumbers(DataSourceProperties database) {
    this.pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("fkif-jahresnummern");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(0);
    pool.setConnectionTimeout(10_000);
    this.jdbc = new JdbcTemplate(pool);
    this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
  }

  @Override
  public void destroy() {
    pool.close();
  }

  /** The current year in Sachsen-Anhalt, by the engine's clock (which tests may move). */
  public static int currentYear() {
    return Year.from(ClockUtil.getCurrentTime().toInstant().atZone(de.fachkraftimfokus.calendar.WorkingDays.ZONE))
        .getValue();
  }

  /** The next number of the series in the year, starting at 1. */
  public int next(String series, int year) {
    for (int attempt = 0; ; attempt++) {
      try {
        return ownTransaction.execute(status -> isPostgres() ? nextOnPostgres(series, year) : nextOnH2(series, year));
      } catch (DuplicateKeyException concurrentFirstOfTheYear) {
        // H2: two first numbers of a year inserted at once; the loser's own transaction is gone, retry
        if (attempt >= 5) {
          throw concurrentFirstOfTheYear;
        }
      }
    }
  }

  private int nextOnPostgres(String series, int year) {
    return jdbc.queryForObject("""
        INSERT INTO fkif_yearly_number (series, number_year, last_number) VALUES (?, ?, 1)
        ON CONFLICT (series, number_year) DO UPDATE SET last_number = fkif_yearly_number.last_number + 1
        RETURNING last_number""", Integer.class, series, year);
  }

  private int nextOnH2(String series, int year) {
    jdbc.update("""
        MERGE INTO fkif_yearly_number t USING (VALUES (CAST(? AS VARCHAR(10)), CAST(? AS INTEGER))) s(series, number_year)
          ON t.series = s.series AND t.number_year = s.number_year
        WHEN MATCHED THEN UPDATE SET last_number = t.last_number + 1
        WHEN NOT MATCHED THEN INSERT (series, number_year, last_number) VALUES (s.series, s.number_year, 1)""",
        series, year);
    return jdbc.queryForObject("SELECT last_number FROM fkif_yearly_number WHERE series = ? AND number_year = ?",
        Integer.class, series, year);
  }

  private boolean isPostgres() {
    if (postgres == null) {
      try {
        String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
            DatabaseMetaData::getDatabaseProductName);
        postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
      } catch (Exception e) {
        throw new IllegalStateException("Datenbank nicht erkennbar", e);
      }
    }
    return postgres;
  }
}
