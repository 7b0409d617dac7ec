package de.fachkraftimfokus.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips (or, when required, fails) browser tests on machines without Chromium, and hands each test
 * method a fresh {@link Browser}, closed after the test. A failing test leaves a screenshot
 * {@code FEHLER-<class>-<method>.png} under {@code target/browser-screenshots/}.
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

  /** Surefire passes the Maven property of the same name; CI sets it to true. */
  public static final String REQUIRED_PROPERTY = "browser.tests.required";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    String missing = Browser.missingPrerequisites();
    if (missing == null) {
      return;
    }
    if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
      throw new IllegalStateException("Browser-Tests sind vorgeschrieben (-D" + REQUIRED_PROPERTY
          + "=true), aber " + missing + ". Installieren: apt-get install chromium chromium-driver");
    }
    String reason = "Browser-Tests übersprungen: " + missing
        + " (apt-get install chromium chromium-driver; in CI mit -D" + REQUIRED_PROPERTY + "=true Pflicht)";
    System.out.println("[browser] " + context.getDisplayName() + ": " + reason);
    Assumptions.abort(reason);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, type -> new ClosingBrowser(Browser.start()), ClosingBrowser.class)
        .browser();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    ClosingBrowser open = context.getStore(NAMESPACE).get(Browser.class, ClosingBrowser.class);
    if (open != null && context.getExecutionException().isPresent()) {
      open.browser().screenshot("FEHLER-" + context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName());
    }
  }

  /** Lets JUnit close the browser when the test's store is closed. */
  private record ClosingBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      browser.close();
    }
  }
}
