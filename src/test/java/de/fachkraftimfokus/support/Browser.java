package de.fachkraftimfokus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, for tests of the Camunda webapps.
 *
 * <p>Never downloads anything: the driver's path is passed explicitly, so Selenium Manager is not
 * invoked (and would run offline if it were). Each browser has its own fresh profile directory,
 * removed on {@link #close()}. The browser asks for German ({@code de-DE}) unless another language
 * is given to {@link #start(String)}.
 *
 * <p>Paths: system properties {@code browser.chromium} / {@code browser.chromedriver} or environment
 * variables {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN}; defaults {@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}. Use it through {@link BrowserTest}, which skips the test where
 * Chromium is missing.
 */
public final class Browser implements AutoCloseable {

  /** Screenshots of browser tests, kept as build artifacts. */
  public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  /**
   * Longest wait for a page or element: generous, because the first, cold load of a webapp on a
   * busy 2-core machine took over 30 s here; a wait ends as soon as its condition holds, so only a
   * failing test pays for it. System property {@code browser.timeout.seconds} overrides it.
   */
  public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeout.seconds", 90));

  /**
   * Selenium warns on every start that it has no DevTools binding for Debian's newer Chromium;
   * these tests use WebDriver only. Held here because java.util.logging keeps loggers weakly.
   */
  private static final List<java.util.logging.Logger> QUIET_LOGGERS = List.of(
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    // Belt and braces: should anything still reach Selenium Manager, it must not go online.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("selenium.manager.offline", "true");
    QUIET_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    // Tasklist and form-js re-render often: an element found a moment ago is simply looked up again
    this.wait = new WebDriverWait(driver, TIMEOUT);
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** A German-speaking browser (Accept-Language and navigator.languages {@code de-DE}). */
  public static Browser start() {
    return start("de-DE");
  }

  /** A browser whose user prefers the given language, e.g. {@code en-US} or {@code fr-FR}. */
  public static Browser start(String language) {
    String missing = missingPrerequisites();
    if (missing != null) {
      throw new IllegalStateException("Kein Browser: " + missing);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("fkif-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", chromedriver().toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver().toFile())
        .usingAnyFreePort()
        .withSilent(true)
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
        "--disable-sync", "--window-size=1400,900", "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      // Chromium on Linux takes its own locale (Intl: how date fields show dates) from the system,
      // which has only C/POSIX here, not from --lang: set it as a German desktop browser has it.
      driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
      return new Browser(driver, profile);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  /** Why browser tests cannot run here, or null when Chromium and chromedriver are present. */
  public static String missingPrerequisites() {
    if (!Files.isExecutable(chromium())) {
      return "Chromium fehlt (" + chromium() + ")";
    }
    if (!Files.isExecutable(chromedriver())) {
      return "chromedriver fehlt (" + chromedriver() + ")";
    }
    return null;
  }

  /** Debian's Chromium (or {@code -Dbrowser.chromium} / {@code CHROMIUM_BIN}); the renderer uses it too. */
  public static Path chromium() {
    return Path.of(setting("browser.chromium", "CHROMIUM_BIN", "/usr/bin/chromium"));
  }

  public static Path chromedriver() {
    return Path.of(setting("browser.chromedriver", "CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** {@code http://127.0.0.1:<port>} — the platform of a {@link PlatformTest}. */
  public static String baseUrl(int port) {
    return "http://127.0.0.1:" + port;
  }

  // --- logging in -------------------------------------------------------------------------------

  /** Logs in to Tasklist and waits until it shows the logged-in user's view. */
  public void loginTasklist(String baseUrl, String user, String password) {
    login(baseUrl + "/camunda/app/tasklist/default/", user, password);
  }

  /** Logs in to Cockpit and waits until it shows the logged-in user's view. */
  public void loginCockpit(String baseUrl, String user, String password) {
    login(baseUrl + "/camunda/app/cockpit/default/", user, password);
  }

  /** Logs in to Admin and waits until it shows the logged-in user's view. */
  public void loginAdmin(String baseUrl, String user, String password) {
    login(baseUrl + "/camunda/app/admin/default/", user, password);
  }

  /**
   * Opens a webapp ({@code .../camunda/app/<app>/default/}) and logs in through its login form
   * (whose inputs have no name attribute). A session of another user is dropped first
   * ({@link #newSession()}). Waits until
   * the form is gone; fails with the page's text if the login is refused.
   */
  public void login(String appUrl, String user, String password) {
    newSession(); // the session is shared by all webapps
    driver.get(appUrl);
    WebElement name = waitForLoginForm(appUrl);
    name.clear();
    name.sendKeys(user);
    WebElement secret = driver.findElement(By.cssSelector("input[type=\"password\"]"));
    secret.clear();
    secret.sendKeys(password);
    secret.submit();
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=\"username\"]")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("FEHLER-login-" + user);
      saveConsole("FEHLER-login-" + user);
      throw new AssertionError("Anmeldung von " + user + " an " + appUrl + " gescheitert; Seite zeigt: "
          + bodyText(), e);
    }
  }

  /**
   * Ends the session of whoever was logged in: leaves the page first, so that none of its requests
   * still in flight brings back a cookie, then clears all cookies. Deleting the cookies while a
   * webapp was still loading once left a session cookie of one session and the CSRF token of
   * another, and the next login got 403 from Camunda's CSRF filter.
   */
  public void newSession() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  /**
   * The first load of a webapp on a cold, busy server can exceed the script loader's patience
   * (RequireJS "Load timeout for modules: …-plugin-…", set before config.js is read) and leave a
   * spinner for good; a second load then works. So: up to three loads, a third of
   * {@link #TIMEOUT} each.
   */
  private WebElement waitForLoginForm(String appUrl) {
    By username = By.cssSelector("input[ng-model=\"username\"]");
    Duration perAttempt = TIMEOUT.dividedBy(3);
    for (int attempt = 1; ; attempt++) {
      try {
        return new WebDriverWait(driver, perAttempt).until(ExpectedConditions.visibilityOfElementLocated(username));
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          screenshot("FEHLER-anmeldeseite");
          saveConsole("FEHLER-anmeldeseite");
          throw new AssertionError("Anmeldeseite " + appUrl + " erschien nach drei Ladeversuchen nicht", e);
        }
        System.out.println("[browser] Anmeldeseite nach " + perAttempt.toSeconds() + " s nicht da, lade neu: " + appUrl);
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("[browser]   " + entry));
        driver.navigate().refresh();
      }
    }
  }

  // --- waiting and reading ----------------------------------------------------------------------

  /** Waits until an element matching the selector is visible, and returns it. */
  public WebElement waitFor(By selector) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(selector));
  }

  /**
   * Waits until an element matching the selector is visible and enabled, then clicks it. When a
   * Tasklist notification lies over it (or Angular re-rendered it), the element is scrolled to the
   * middle of the window and the click is tried again until the wait runs out, as a user would.
   */
  public void click(By selector) {
    wait.until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(selector).apply(d);
      if (element == null) {
        return false;
      }
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
        try {
          script("arguments[0].scrollIntoView({block: 'center'})", element);
        } catch (StaleElementReferenceException gone) {
          // re-rendered: found again on the next try
        }
        return false;
      }
    });
  }

  /**
   * Links, buttons and labels whose own text is exactly the given one (ignoring surrounding
   * white space), e.g. {@code browser.click(Browser.text("Diese Aufgabe übernehmen"))}.
   */
  public static By text(String text) {
    if (text.contains("'")) {
      throw new IllegalArgumentException("Text mit Apostroph: bitte einen CSS-Selektor verwenden");
    }
    return By.xpath("//*[(self::a or self::button or self::label or self::span) and normalize-space(.)='" + text + "']");
  }

  /** Elements whose text contains the given one, innermost first (e.g. a task in the list). */
  public static By textContaining(String text) {
    if (text.contains("'")) {
      throw new IllegalArgumentException("Text mit Apostroph: bitte einen CSS-Selektor verwenden");
    }
    return By.xpath("//*[contains(normalize-space(.), '" + text + "') and not(*[contains(normalize-space(.), '" + text + "')])]");
  }

  /**
   * Tasklist's dialog "Prozess starten": opens it, clicks the process and waits for a text of its
   * start form. Once in CI the click on the process landed while the dialog re-rendered its list
   * and was lost (the dialog kept showing the list); so a click that shows no form within ten
   * seconds is repeated, as a user would, until the wait ends.
   */
  public void startProcess(String processName, String formText) {
    click(text("Prozess starten"));
    // the link in the dialog: task cards behind it may carry the same name
    By link = By.xpath("//div[contains(@class,'modal')]//a[starts-with(normalize-space(.),'" + processName + "')]");
    Long[] lastClick = {null};
    try {
      wait.until(d -> {
        if (bodyText().contains(formText)) {
          return true;
        }
        if (lastClick[0] != null && System.nanoTime() - lastClick[0] < Duration.ofSeconds(10).toNanos()) {
          return false;
        }
        try {
          WebElement element = ExpectedConditions.elementToBeClickable(link).apply(d);
          if (element != null) {
            element.click();
            lastClick[0] = System.nanoTime();
          }
        } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
          // re-rendered or covered: tried again on the next poll
        }
        return false;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Startformular von „" + processName + "“ erschien nicht binnen " + TIMEOUT.toSeconds()
          + " s; Seite zeigt: " + bodyText(), e);
    }
  }

  /** Clicks the first visible element (CSS selector) containing the text; re-rendered lists are retried. */
  public void clickText(String css, String text) {
    wait.until(d -> {
      WebElement element = d.findElements(By.cssSelector(css)).stream()
          .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
      if (element == null) {
        return false;
      }
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException e) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return false;
      }
    });
  }

  // --- Camunda Forms (form-js) ------------------------------------------------------------------

  /**
   * The input of the visible form field whose label is the text (labels of required fields carry a
   * "*"); where no label is exactly it, the first label that starts with it.
   */
  public WebElement formField(String label) {
    return wait.until(d -> {
      List<WebElement> labels = d.findElements(By.cssSelector("label.fjs-form-field-label")).stream()
          .filter(l -> l.isDisplayed() && l.getText().trim().startsWith(label)).toList();
      WebElement chosen = labels.stream()
          .filter(l -> l.getText().replace("*", "").trim().equals(label)).findFirst()
          .orElse(labels.isEmpty() ? null : labels.get(0));
      return chosen == null ? null : d.findElement(By.id(chosen.getAttribute("for")));
    });
  }

  /** Types into a text field, number field, date field or text area of the form. */
  public void type(String label, CharSequence text) {
    WebElement input = formField(label);
    script("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(text);
  }

  /** A select: form-js shows a display group over a hidden input; open the group, pick the item. */
  public void choose(String label, String option) {
    WebElement group = formField(label).findElement(By.xpath(".."));
    script("arguments[0].scrollIntoView({block: 'center'})", group);
    group.click();
    clickText(".fjs-dropdownlist-item", option);
  }

  /** A searchable select: type to filter the list, then pick the item. */
  public void search(String label, String typed, String option) {
    WebElement input = formField(label);
    script("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(typed);
    clickText(".fjs-dropdownlist-item", option);
  }

  /** Ticks (or unticks) the checkbox or checklist option with this label. */
  public void tick(String label) {
    WebElement box = formField(label);
    script("arguments[0].scrollIntoView({block: 'center'})", box);
    box.click();
  }

  /** Waits until the visible text of the page contains the given text. */
  public void waitForText(String text) {
    try {
      wait.until(d -> bodyText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Text \"" + text + "\" erschien nicht binnen " + TIMEOUT.toSeconds()
          + " s; Seite zeigt: " + bodyText(), e);
    }
  }

  /** Waits until the visible text of the page no longer contains the given text. */
  public void waitForTextGone(String text) {
    wait.until(d -> !bodyText().contains(text));
  }

  /** The visible text of the whole page. */
  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Visible elements matching the selector (hidden ones are left out). */
  public List<WebElement> visible(By selector) {
    return driver.findElements(selector).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Runs JavaScript in the page and returns its result (e.g. {@code "return navigator.language"}). */
  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Opens a URL in this browser. */
  public void open(String url) {
    driver.get(url);
  }

  /** The underlying Selenium driver, for anything not covered here. */
  public WebDriver driver() {
    return driver;
  }

  /** The explicit wait used by the helpers ({@link #TIMEOUT}). */
  public WebDriverWait await() {
    return wait;
  }

  // --- evidence ---------------------------------------------------------------------------------

  /** Saves a screenshot as {@code target/browser-screenshots/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves what the page wrote to the browser console (failed requests, script errors) as
   * {@code target/browser-screenshots/<name>-konsole.txt}; best effort, for diagnosing failures.
   */
  public void saveConsole(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      StringBuilder text = new StringBuilder("URL: ").append(driver.getCurrentUrl()).append('\n');
      driver.manage().logs().get(LogType.BROWSER).forEach(entry -> text.append(entry).append('\n'));
      Files.writeString(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-konsole.txt"), text);
    } catch (IOException | RuntimeException e) {
      System.out.println("[browser] Konsole nicht lesbar: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
