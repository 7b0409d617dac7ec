package de.fachkraftimfokus.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The only SQL on Camunda's tables, for what Camunda 7.24's API cannot do:
 * <ul>
 *   <li>find a process instance by an <i>earlier</i> value of a variable (history queries match only
 *       the last value);</li>
 *   <li>delete single form-field details ({@code ACT_HI_DETAIL}, type {@code FormProperty}): there is
 *       no API for them, and the deletion of a historic variable does not reach them;</li>
 *   <li>rewrite a comment of a completed task or process (the API deletes or updates comments only
 *       while task or process still run, and an update copies the old text into the operation log);</li>
 *   <li>rewrite an incident message, a job's exception message or stack trace, and a job log's — the
 *       API has no way to change them.</li>
 * </ul>
 * Everything else (variables, their history, attachments, decisions, operation log) goes through
 * the API. The statements use unquoted standard SQL, the same on H2 and PostgreSQL, and run in the
 * caller's (the erasure's) transaction.
 */
@Component
class EngineTablesWithoutApi {

  /** Legacy rows of every case at once (see {@link LegacyFormFieldHistoryMigration}). */
  static final String DELETE_ALL_FORM_FIELDS = "DELETE FROM ACT_HI_DETAIL WHERE TYPE_ = 'FormProperty'";
  /** Camunda keeps a comment's first characters in MESSAGE_ (and the whole text in FULL_MSG_). */
  private static final int COMMENT_SHORT = 163;
  private static final int MESSAGE_MAX = 4000;

  private final JdbcTemplate jdbc;

  EngineTablesWithoutApi(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Process instances in which the variable (or form field) of that name ever had the value, ignoring case. */
  List<String> instancesWithValue(String variableName, String value) {
    return jdbc.queryForList("SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_DETAIL WHERE NAME_ = ? AND LOWER(TEXT_) = ? "
        + "AND PROC_INST_ID_ IS NOT NULL", String.class, variableName, value.toLowerCase(Locale.ROOT));
  }

  /** Deletes every form-field detail of the process instance; returns how many. */
  int deleteFormFields(String processInstanceId) {
    return jdbc.update(DELETE_ALL_FORM_FIELDS + " AND PROC_INST_ID_ = ?", processInstanceId);
  }

  void replaceComment(String commentId, String text) {
    String shortText = text.length() > COMMENT_SHORT ? text.substring(0, COMMENT_SHORT - 3) + "..." : text;
    jdbc.update("UPDATE ACT_HI_COMMENT SET MESSAGE_ = ?, FULL_MSG_ = ? WHERE ID_ = ?", shortText,
        text.getBytes(StandardCharsets.UTF_8), commentId);
  }

  void replaceIncidentMessage(String incidentId, String message) {
    jdbc.update("UPDATE ACT_RU_INCIDENT SET INCIDENT_MSG_ = ? WHERE ID_ = ?", fit(message), incidentId);
  }

  void replaceHistoricIncidentMessage(String incidentId, String message) {
    jdbc.update("UPDATE ACT_HI_INCIDENT SET INCIDENT_MSG_ = ? WHERE ID_ = ?", fit(message), incidentId);
  }

  void replaceJobException(String jobId, String message, String stacktrace) {
    jdbc.update("UPDATE ACT_RU_JOB SET EXCEPTION_MSG_ = ? WHERE ID_ = ?", fit(message), jobId);
    if (stacktrace != null) {
      jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ = "
          + "(SELECT EXCEPTION_STACK_ID_ FROM ACT_RU_JOB WHERE ID_ = ?)", stacktrace.getBytes(StandardCharsets.UTF_8), jobId);
    }
  }

  void replaceJobLogException(String jobLogId, String message, String stacktrace) {
    jdbc.update("UPDATE ACT_HI_JOB_LOG SET JOB_EXCEPTION_MSG_ = ? WHERE ID_ = ?", fit(message), jobLogId);
    if (stacktrace != null) {
      jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ = "
          + "(SELECT JOB_EXCEPTION_STACK_ID_ FROM ACT_HI_JOB_LOG WHERE ID_ = ?)",
          stacktrace.getBytes(StandardCharsets.UTF_8), jobLogId);
    }
  }

  private static String fit(String message) {
    return message == null || message.length() <= MESSAGE_MAX ? message : message.substring(0, MESSAGE_MAX);
  }
}
