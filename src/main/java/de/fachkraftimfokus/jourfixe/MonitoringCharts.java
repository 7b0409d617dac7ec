package de.fachkraftimfokus.jourfixe;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bar charts of the monitoring report (JFreeChart), called from its template with the German
 * titles written there, e.g. {@code ${charts.bars('Fälle je Region', 'Fälle', report.newCasesByRegion)}}.
 * Each answers an inline PNG ({@code data:image/png;base64,…}) for an {@code <img src>}; its height
 * grows with the number of bars (no fat bars for two values).
 */
public final class MonitoringCharts {

  static final MonitoringCharts INSTANCE = new MonitoringCharts();
  private static final Color BRAND = new Color(0, 84, 147);
  private static final Color SECOND = new Color(230, 120, 40);

  private MonitoringCharts() {}

  /** One bar per entry (label → count), horizontal, without legend. */
  public String bars(String title, String axis, Map<String, Long> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((label, value) -> data.addValue(value, axis, label));
    return png(chart(title, axis, data, false), values.size());
  }

  /** Per partner one bar of accepted and one of declined referrals, with a legend of the two names. */
  public String referrals(String title, String axis, String acceptedName, String declinedName,
      List<MonitoringReportRenderer.Referrals> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MonitoringReportRenderer.Referrals row : rows) {
      data.addValue(row.accepted(), acceptedName, row.partner());
      data.addValue(row.decided() - row.accepted(), declinedName, row.partner());
    }
    return png(chart(title, axis, data, true), rows.size());
  }

  private static JFreeChart chart(String title, String axis, DefaultCategoryDataset data, boolean legend) {
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, legend, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // counts: whole numbers on the axis
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setSeriesPaint(0, BRAND);
    renderer.setSeriesPaint(1, SECOND);
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.35);
    return chart;
  }

  private static String png(JFreeChart chart, int bars) {
    int height = Math.min(720, 110 + 42 * Math.max(bars, 1));
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(png, chart, 900, height);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
