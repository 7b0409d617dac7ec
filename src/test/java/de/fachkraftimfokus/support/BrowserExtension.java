package de.fachkraftimfokus.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips (or, when required, fails) browser tests on machines without Chromium, and hands each test
 * method a fresh {@link Browser}, closed after the test. A failing test leaves a screenshot
 * {@code FEHLER-<class>-<method>.png} under {@code target/browser-screenshots/}.
 */
public class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback {

  /** Surefire passes the Maven property of the same name; CI sets it to true. */
  public static final String REQUIRED_PROPERTY = "browser.tests.required";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

  /**
   * Disabled (reported as skipped, with the reason) without Chromium; with
   * {@code -Dbrowser.tests.required=true} the class fails instead. Runs before Spring starts.
   */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = Browser.missingPrerequisites();
    if (missing == null) {
      return ConditionEvaluationResult.enabled("Chromium und chromedriver vorhanden");
    }
    if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
      throw new IllegalStateException("Browser-Tests sind vorgeschrieben (-D" + REQUIRED_PROPERTY
          + "=true), aber " + missing + ". Installieren: apt-get install chromium chromium-driver");
    }
    String reason = "Browser-Tests übersprungen: " + missing
        + " (apt-get install chromium chromium-driver; in CI mit -D" + REQUIRED_PROPERTY + "=true Pflicht)";
    if (context.getTestMethod().isEmpty()) {
      System.out.println("[browser] " + context.getDisplayName() + ": " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
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
      String name = "FEHLER-" + context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName();
      open.browser().screenshot(name);
      open.browser().saveConsole(name);
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
