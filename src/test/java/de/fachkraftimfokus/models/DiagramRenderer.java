package de.fachkraftimfokus.models;

import de.fachkraftimfokus.support.Browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders BPMN diagrams (bpmn-js) and DMN decision tables (dmn-js) to SVG and PNG in Debian's
 * headless Chromium, from the pinned npm packages in node_modules ({@code npm ci}) loaded into
 * {@code scripts/diagram-renderer/index.html}. Nothing is downloaded: chromedriver's path is given
 * explicitly and Selenium Manager is kept offline (same settings as the e2e tests' browser).
 *
 * <p>Outputs per model: {@code <name>.svg} and {@code <name>.png} for a BPMN file; per decision table
 * {@code <decisionId>.svg} (the table's HTML in an SVG foreignObject, with dmn-js's table styles) and
 * {@code <decisionId>.png} (a screenshot of the table view).
 */
final class DiagramRenderer implements AutoCloseable {

  static final Path NODE_MODULES = Path.of("node_modules");
  static final Path PAGE = Path.of("scripts/diagram-renderer/index.html");

  static {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("selenium.manager.offline", "true");
  }

  private final ChromeDriver driver;
  private final Path profile;

  /** Why the renderer cannot run here, or null. */
  static String missingPrerequisites() {
    for (Path needed : List.of(PAGE, NODE_MODULES.resolve("bpmn-js/dist/bpmn-viewer.production.min.js"),
        NODE_MODULES.resolve("dmn-js/dist/dmn-viewer.production.min.js"))) {
      if (!Files.exists(needed)) {
        return needed + " fehlt – zuerst \"npm ci\" ausführen";
      }
    }
    if (!Files.isExecutable(Browser.chromium())) {
      return "Chromium fehlt (" + Browser.chromium() + ")";
    }
    if (!Files.isExecutable(Browser.chromedriver())) {
      return "chromedriver fehlt (" + Browser.chromedriver() + ")";
    }
    return null;
  }

  DiagramRenderer() {
    try {
      profile = Files.createTempDirectory("fkif-diagrams-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Browser.chromedriver().toFile())
        .usingAnyFreePort()
        .withSilent(true)
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Browser.chromium().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--allow-file-access-from-files", "--force-device-scale-factor=1", "--hide-scrollbars",
        "--window-size=1600,1200", "--lang=de-DE", "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.get(PAGE.toAbsolutePath().toUri().toString());
    Object ready = driver.executeScript("return window.rendererReady === true;");
    if (!Boolean.TRUE.equals(ready)) {
      throw new IllegalStateException("bpmn-js/dmn-js nicht geladen aus " + NODE_MODULES.toAbsolutePath() + " – \"npm ci\" ausführen");
    }
  }

  record Picture(String name, String svg, byte[] png) {}

  /** The pictures of one model file (one for BPMN, one per decision table for DMN). */
  List<Picture> render(Path model) throws IOException {
    String xml = Files.readString(model, StandardCharsets.UTF_8);
    String fileName = model.getFileName().toString();
    String baseName = fileName.substring(0, fileName.lastIndexOf('.'));
    if (fileName.endsWith(".bpmn")) {
      Map<?, ?> result = call("renderBpmn", xml);
      return List.of(new Picture(baseName, normalise((String) result.get("svg")), Base64.getDecoder().decode((String) result.get("png"))));
    }
    List<Picture> pictures = new ArrayList<>();
    for (Object entry : (List<?>) call("listDecisionTables", xml)) {
      String id = (String) ((Map<?, ?>) entry).get("id");
      Map<?, ?> table = call("showDecisionTable", xml, id);
      int width = ((Number) table.get("width")).intValue();
      int height = ((Number) table.get("height")).intValue();
      driver.manage().window().setSize(new Dimension(Math.max(width + 100, 800), Math.max(height + 200, 600)));
      byte[] png = driver.findElement(By.id("dmn")).getScreenshotAs(OutputType.BYTES);
      pictures.add(new Picture(id, normalise(tableSvg((String) table.get("html"), width, height)), png));
    }
    return pictures;
  }

  private Object callRaw(String function, Object... args) {
    String script = "const done = arguments[arguments.length - 1];"
        + "window." + function + ".apply(null, Array.prototype.slice.call(arguments, 0, arguments.length - 1))"
        + ".then(r => done({ ok: r }), e => done({ error: String(e && e.message || e) }));";
    Map<?, ?> outcome = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    if (outcome.containsKey("error")) {
      throw new IllegalStateException(function + ": " + outcome.get("error"));
    }
    return outcome.get("ok");
  }

  @SuppressWarnings("unchecked")
  private <T> T call(String function, Object... args) {
    return (T) callRaw(function, args);
  }

  private static String tableSvg(String html, int width, int height) throws IOException {
    StringBuilder css = new StringBuilder();
    for (String sheet : List.of("dmn-js/dist/assets/dmn-js-shared.css", "dmn-js/dist/assets/dmn-js-decision-table.css")) {
      css.append(Files.readString(NODE_MODULES.resolve(sheet), StandardCharsets.UTF_8)).append('\n');
    }
    String xhtml = html.replaceAll("<(input|br|hr|img|col)([^>]*?)/?>", "<$1$2/>").replace("&nbsp;", "&#160;");
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
        + "<foreignObject x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\">\n"
        + "<div xmlns=\"http://www.w3.org/1999/xhtml\" class=\"dmn-decision-table-container\" style=\"font-family: Arial, sans-serif; background: #fff;\">\n"
        + "<style>" + css.toString().replaceAll("(?s)@font-face\\s*\\{.*?\\}", "").replace("]]>", "") + "</style>\n"
        + xhtml + "\n</div>\n</foreignObject>\n</svg>\n";
  }

  /** bpmn-js gives each arrow-head marker a random id ({@code marker-8nwv8mwzdckd0cy306zilw4eh}). */
  private static final Pattern RANDOM_MARKER = Pattern.compile("(marker)-()([0-9a-z]{20,})(?![0-9a-z])");

  /**
   * Removes what changes between two renderings of the same model: random marker id suffixes, and
   * the export comment with the library version.
   */
  static String normalise(String svg) {
    Map<String, String> stableIds = new LinkedHashMap<>();
    Matcher matcher = RANDOM_MARKER.matcher(svg);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String stable = stableIds.computeIfAbsent(matcher.group(3), k -> "m" + stableIds.size());
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "-" + matcher.group(2) + stable));
    }
    matcher.appendTail(out);
    return out.toString().replaceAll("\r\n", "\n").strip() + "\n";
  }

  private static final Pattern TEXT = Pattern.compile("(<text[^>]*>)(.*?)(</text>)", Pattern.DOTALL);
  private static final Pattern DECIMAL = Pattern.compile("(-?\\d+)\\.\\d+");

  /**
   * What must match between the committed picture and a fresh rendering: the SVG with each label's
   * text joined and without white space (line breaks and glyph positions depend on the installed
   * fonts) and numbers rounded
   * down to whole pixels.
   */
  static String comparable(String svg) {
    Matcher matcher = TEXT.matcher(svg);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      // without any white space: where a label breaks depends on the fonts, "und" + "Weg" or "und Weg"
      String text = matcher.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
      matcher.appendReplacement(out, Matcher.quoteReplacement("<text>" + text + matcher.group(3)));
    }
    matcher.appendTail(out);
    return DECIMAL.matcher(out.toString()).replaceAll("$1");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // temp profile; the OS cleans up
      }
    }
  }
}
