package de.fachkraftimfokus.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find their engine by name ("default") in the static
 * {@link ProcessEngines} registry, where the Spring test context created last has registered its
 * engine. Several cached test contexts live in one test JVM, so before each test class and method
 * this listener registers the engine of the test's own context again: HTTP requests of a test reach
 * the engine the test works with. Registered for all Spring tests in {@code META-INF/spring.factories}.
 */
public class CurrentEngineRegistration implements TestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (testContext.hasApplicationContext() || isSpringBootTest(testContext)) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }

  private static boolean isSpringBootTest(TestContext testContext) {
    return testContext.getTestClass().isAnnotationPresent(PlatformTest.class)
        || testContext.getTestClass().isAnnotationPresent(BrowserTest.class);
  }
}
