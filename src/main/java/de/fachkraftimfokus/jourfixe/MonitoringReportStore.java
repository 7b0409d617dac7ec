package de.fachkraftimfokus.jourfixe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates, stores and hands out the monitoring report of a Jour fixe. */
@Service
public class MonitoringReportStore {

  private final StoredReportRepository stored;
  private final JdbcAggregateOperations aggregates;
  private final MonitoringReportService reports;
  private final MonitoringReportRenderer renderer;

  MonitoringReportStore(StoredReportRepository stored, JdbcAggregateOperations aggregates,
      MonitoringReportService reports, MonitoringReportRenderer renderer) {
    this.stored = stored;
    this.aggregates = aggregates;
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
    Instant from = stored.findFirstByJourFixeRefNotOrderByPeriodToDesc(businessKey).map(StoredReport::periodTo)
        .orElse(to.minus(Duration.ofDays(42)));
    MonitoringReport report = reports.compute(businessKey, from, to, MonitoringSources.standard());
    String html = renderer.html(report);
    byte[] pdf = renderer.pdf(html);
    stored.deleteById(businessKey);
    aggregates.insert(new StoredReport(businessKey, from, to, html.getBytes(StandardCharsets.UTF_8), pdf,
        Instant.now()));
    return report;
  }

  public Optional<byte[]> pdf(String businessKey) {
    return stored.findById(businessKey).map(StoredReport::pdf);
  }

  public Optional<String> html(String businessKey) {
    return stored.findById(businessKey).map(report -> new String(report.html(), StandardCharsets.UTF_8));
  }
}
