package de.fachkraftimfokus.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database cannot be reached right now" — answered with 503 and a
 * German problem body, never with a 500, by every path: the servlet filter in front of everything,
 * the platform's API and the engine REST API. Decided by the types in the cause chain and by the SQL
 * state class {@code 08} (connection exception) and PostgreSQL's {@code 57P0x} (server shutting down
 * or starting), never by message text.
 */
public final class DatabaseUnavailable {

  /** What a caller reads when the database is away (German, no technical details). */
  public static final String DETAIL = "Die Datenbank der Plattform ist gerade nicht erreichbar. "
      + "Bitte in einer Minute erneut versuchen; Ihre Eingaben wurden nicht gespeichert.";
  /** Seconds a client should wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 15;

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
      if (cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
          || cause instanceof TransientDataAccessResourceException
          || cause instanceof QueryTimeoutException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      // a rollback that failed on JDBC ("Connection is closed") hides the failure that caused it: the
      // broken connection (found by the resilience suite: a 500 during the database outage)
      if (cause instanceof TransactionSystemException rollback && (rollback.getCause() instanceof SQLException
          || rollback.getApplicationException() != null && causedBy(rollback.getApplicationException()))) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
      if ((cause instanceof ConnectException || cause instanceof SocketException) && depth > 0
          && hasSqlAbove(failure, cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** A socket failure counts only below a JDBC failure (not a failing mail server, say). */
  private static boolean hasSqlAbove(Throwable failure, Throwable socket) {
    for (Throwable cause = failure; cause != null && cause != socket; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }
}
