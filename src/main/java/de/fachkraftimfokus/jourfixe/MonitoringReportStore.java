package de.fachkraftimfokus.jourfixe;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates, stores and hands out the monitoring report of a Jour fixe. */
@Service
public class MonitoringReportStore {

  private final JdbcTemplate jdbc;
  private final MonitoringReportService reports;
  private final MonitoringReportRenderer renderer;

  MonitoringReportStore(JdbcTemplate jdbc, MonitoringReportService reports, MonitoringReportRenderer renderer) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.renderer = renderer;
  }

  /** Path of the download link shown in the tasks (HTTP Basic under /api). */
  public static String pdfPath(String businessKey) {
    return "/api/jour-fixe/" + businessKey + "/report.pdf";
  }

  /**
   * The report for the period since the previous report (the previous Jour fixe), or the last six
   * weeks for the first one. Generating again replaces the stored report (retried job).
   */
  @Transactional
  public MonitoringReport generate(String businessKey) {
    Instant to = ClockUtil.getCurrentTime().toInstant();
    List<Timestamp> previous = jdbc.queryForList("SELECT MAX(period_to) FROM jf_report WHERE jour_fixe_ref <> ?",
        Timestamp.class, businessKey);
    Instant from = previous.isEmpty() || previous.get(0) == null ? to.minus(Duration.ofDays(42)) : previous.get(0).toInstant();
    MonitoringReport report = reports.compute(businessKey, from, to, MonitoringSources.standard());
    String html = renderer.html(report);
    byte[] pdf = renderer.pdf(html);
    jdbc.update("DELETE FROM jf_report WHERE jour_fixe_ref = ?", businessKey);
    jdbc.update("INSERT INTO jf_report (jour_fixe_ref, period_from, period_to, html, pdf, created_at) VALUES (?,?,?,?,?,?)",
        businessKey, Timestamp.from(from), Timestamp.from(to), html.getBytes(StandardCharsets.UTF_8), pdf,
        Timestamp.from(Instant.now()));
    return report;
  }

  public Optional<byte[]> pdf(String businessKey) {
    return jdbc.queryForList("SELECT pdf FROM jf_report WHERE jour_fixe_ref = ?", byte[].class, businessKey)
        .stream().findFirst();
  }

  public Optional<String> html(String businessKey) {
    return jdbc.queryForList("SELECT html FROM jf_report WHERE jour_fixe_ref = ?", byte[].class, businessKey)
        .stream().findFirst().map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }
}
