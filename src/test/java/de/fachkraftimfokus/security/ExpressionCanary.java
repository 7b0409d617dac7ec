package de.fachkraftimfokus.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Test-only bean with a visible side effect: an expression {@code ${expressionCanary.touch()}}
 * that the engine evaluates counts up here. The engine resolves Spring beans in expressions, which
 * is what makes smuggled expressions dangerous — and lets the tests see whether one ran.
 */
@Component(ExpressionCanary.BEAN_NAME)
public class ExpressionCanary {

  public static final String BEAN_NAME = "expressionCanary";
  public static final String EXPRESSION = "${" + BEAN_NAME + ".touch()}";

  private final AtomicInteger touched = new AtomicInteger();

  public String touch() {
    touched.incrementAndGet();
    return "canary";
  }

  public int touched() {
    return touched.get();
  }
}
