package de.fachkraftimfokus.document;

import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;

/**
 * Thymeleaf's standard dialect (with Spring EL), except that a {@code ${…}} expression without a
 * value is an error instead of an empty text. Thymeleaf adds the template and line to the message.
 */
final class StrictDialect extends SpringStandardDialect {

  @Override
  public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
    IStandardVariableExpressionEvaluator standard = super.getVariableExpressionEvaluator();
    return (context, expression, executionContext) -> {
      Object value = standard.evaluate(context, expression, executionContext);
      if (value == null) {
        throw new TemplateProcessingException("kein Wert für ${" + expression.getExpression() + "}");
      }
      return value;
    };
  }
}
