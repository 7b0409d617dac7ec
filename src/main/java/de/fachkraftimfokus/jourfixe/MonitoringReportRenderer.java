package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.region.Region;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The monitoring report as XHTML with PNG charts (JFreeChart) and as PDF (openhtmltopdf). */
@Component
public class MonitoringReportRenderer {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(JourFixeService.BERLIN);
  private static final Color BRAND = new Color(0, 84, 147);

  public String html(MonitoringReport report) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\"><head><meta charset=\"UTF-8\" />")
        .append("<title>Monitoringbericht ").append(esc(report.jourFixeKey())).append("</title><style>")
        .append("body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#222;margin:0 1cm}")
        .append("h1{color:#005493;font-size:18pt;margin-bottom:2pt}h2{color:#005493;font-size:12pt;border-bottom:1px solid #005493;margin-top:14pt;page-break-after:avoid}")
        .append(".kpis{width:100%;border-collapse:collapse}.kpis td{border:1px solid #ccd;padding:6pt;text-align:center;width:25%}")
        .append(".kpis .n{font-size:18pt;font-weight:bold;color:#005493;display:block}")
        .append("table,img{page-break-inside:avoid}table.t{border-collapse:collapse;width:100%}table.t th,table.t td{border-bottom:1px solid #ddd;padding:3pt;text-align:left}")
        .append("img{width:16cm}@page{size:A4;margin:1.5cm 1cm}</style></head><body>");
    html.append("<h1>Monitoringbericht zum Jour fixe ").append(esc(report.jourFixeKey())).append("</h1>")
        .append("<p>Zeitraum ").append(DATE.format(report.from())).append(" bis ").append(DATE.format(report.to()))
        .append(" – erstellt von der Plattform „Fachkraft im Fokus“ aus ihren eigenen Daten (Ziffer 2.2).</p>");
    long accepted = report.referralsByPartner().stream().mapToLong(MonitoringReport.ReferralFigures::accepted).sum();
    long decided = report.referralsByPartner().stream().mapToLong(MonitoringReport.ReferralFigures::decided).sum();
    html.append("<table class=\"kpis\"><tr>")
        .append(kpi(report.newCases(), "neue Beratungsfälle"))
        .append(kpi(report.clearingsDone(), "Clearinggespräche geführt"))
        .append(kpi(accepted, "Weitervermittlungen angenommen (von " + decided + ")"))
        .append(kpi(report.openActionItems().size(), "offene Maßnahmen"))
        .append("</tr></table>");

    html.append("<h2>Neue Beratungsfälle nach Region</h2>").append(chart("Fälle je Region", "Fälle", report.newCasesByRegion()))
        .append(table("Region", "Fälle", report.newCasesByRegion()));
    html.append("<h2>Neue Beratungsfälle nach Quelle der Anfrage</h2>")
        .append(chart("Fälle je Quelle der Anfrage", "Fälle", report.newCasesBySource()))
        .append(table("Quelle", "Fälle", report.newCasesBySource()));

    html.append("<h2>Weitervermittlungen nach Partner</h2>");
    DefaultCategoryDataset referrals = new DefaultCategoryDataset();
    report.referralsByPartner().forEach(r -> {
      referrals.addValue(r.accepted(), "angenommen", JourFixeService.groupName(r.partnerGroup()));
      referrals.addValue(r.decided() - r.accepted(), "abgelehnt", JourFixeService.groupName(r.partnerGroup()));
    });
    if (!report.referralsByPartner().isEmpty()) {
      html.append(image(barChart("Weitervermittlungen je Partner", "Anzahl", referrals, true), report.referralsByPartner().size()));
    }
    html.append("<table class=\"t\"><tr><th>Partner</th><th>entschieden</th><th>angenommen</th><th>Annahmequote</th><th>Median bis Annahme</th></tr>");
    for (MonitoringReport.ReferralFigures r : report.referralsByPartner()) {
      html.append("<tr><td>").append(esc(JourFixeService.groupName(r.partnerGroup()))).append("</td><td>").append(r.decided())
          .append("</td><td>").append(r.accepted()).append("</td><td>")
          .append(String.format(Locale.GERMANY, "%.0f %%", r.acceptanceRate() * 100)).append("</td><td>")
          .append(r.medianHoursToAcceptance() == null ? "–"
              : String.format(Locale.GERMANY, "%.1f Std.", r.medianHoursToAcceptance()))
          .append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2>Überfällige Aufgaben nach Gruppe</h2>").append(chart("Überfällige Aufgaben", "Aufgaben", report.overdueTasksByGroup()))
        .append(table("Gruppe", "Aufgaben", report.overdueTasksByGroup()));
    html.append("<h2>Doppelansprachen (Ziffer 3.3)</h2><p>Erkannt und abgestimmt: <b>").append(report.doubleApproaches())
        .append("</b></p>").append(table("Ergebnis der Abstimmung", "Fälle", report.doubleApproachesByOutcome()));
    html.append("<h2>Vorabstimmungen nach Stand (Ziffer 2.3)</h2>").append(table("Stand im Aktivitätenregister", "Anfragen", report.coordinationRequestsByState()));
    html.append("<h2>Offene Maßnahmen</h2><table class=\"t\"><tr><th>Jour fixe</th><th>Gruppe</th><th>Frist</th><th>Maßnahme</th></tr>");
    if (report.openActionItems().isEmpty()) {
      html.append("<tr><td colspan=\"4\">keine offenen Maßnahmen</td></tr>");
    }
    for (JourFixeService.ActionItemRow action : report.openActionItems()) {
      html.append("<tr><td>").append(esc(action.jourFixeRef())).append("</td><td>").append(esc(JourFixeService.groupName(action.ownerGroup())))
          .append("</td><td>").append(JourFixeService.GERMAN_DATE.format(action.dueDate())).append("</td><td>")
          .append(esc(action.description())).append("</td></tr>");
    }
    html.append("</table></body></html>\n");
    return html.toString();
  }

  public byte[] pdf(String html) {
    return HtmlToPdf.render(html, "Monitoringbericht");
  }

  private static String kpi(long number, String label) {
    return "<td><span class=\"n\">" + number + "</span>" + esc(label) + "</td>";
  }

  private static String table(String keyLabel, String valueLabel, Map<String, Long> values) {
    StringBuilder html = new StringBuilder("<table class=\"t\"><tr><th>").append(esc(keyLabel)).append("</th><th>")
        .append(esc(valueLabel)).append("</th></tr>");
    if (values.isEmpty()) {
      html.append("<tr><td colspan=\"2\">keine im Zeitraum</td></tr>");
    }
    values.forEach((key, value) -> html.append("<tr><td>").append(esc(label(key))).append("</td><td>").append(value).append("</td></tr>"));
    return html.append("</table>").toString();
  }

  private static String chart(String title, String axis, Map<String, Long> values) {
    if (values.isEmpty()) {
      return "";
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((key, value) -> data.addValue(value, axis, label(key)));
    return image(barChart(title, axis, data, false), values.size());
  }

  /** Region, group, inquiry source and approach outcome codes read as their German names. */
  static String label(String key) {
    return Region.byId(key).map(Region::germanName)
        .or(() -> Optional.ofNullable(AdvisoryCaseProcess.INQUIRY_SOURCE_NAMES.get(key)))
        .or(() -> ApproachOutcome.byName(key).map(ApproachOutcome::germanName))
        .orElseGet(() -> JourFixeService.groupName(key));
  }

  private static JFreeChart barChart(String title, String axis, DefaultCategoryDataset data, boolean legend) {
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, legend, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // counts: whole numbers on the axis
    ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis())
        .setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setSeriesPaint(0, BRAND);
    renderer.setSeriesPaint(1, new Color(230, 120, 40));
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.35);
    return chart;
  }

  /** The chart as an inline PNG; its height grows with the number of bars (no fat bars for two values). */
  private static String image(JFreeChart chart, int bars) {
    int height = Math.min(720, 110 + 42 * Math.max(bars, 1));
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(png, chart, 900, height);
      return "<p><img alt=\"" + esc(chart.getTitle().getText()) + "\" src=\"data:image/png;base64,"
          + Base64.getEncoder().encodeToString(png.toByteArray()) + "\" /></p>";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text);
  }
}
