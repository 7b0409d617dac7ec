package de.fachkraftimfokus.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Every {@code camunda:delegateExpression="${name}"} (tasks, events, listeners) names a Spring bean. */
final class DelegateBeans {

  private static final Pattern FIRST_IDENTIFIER = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private DelegateBeans() {}

  static List<Finding> check(Path modelDir, Predicate<String> beanExists) {
    List<Finding> findings = new ArrayList<>();
    for (Path file : ModelValidator.files(modelDir, ".bpmn")) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        continue; // reported by ModelValidationTest
      }
      for (Map.Entry<String, String> use : ModelValidator.delegateExpressions(model).entrySet()) {
        Matcher matcher = FIRST_IDENTIFIER.matcher(use.getValue());
        if (!matcher.find()) {
          findings.add(new Finding(ModelValidator.label(file), use.getKey(),
              "delegateExpression \"" + use.getValue() + "\" ist kein Ausdruck", "als ${beanName} schreiben"));
        } else if (!beanExists.test(matcher.group(1))) {
          findings.add(new Finding(ModelValidator.label(file), use.getKey(),
              "Delegate \"" + matcher.group(1) + "\" gibt es nicht (keine Spring-Bean dieses Namens)",
              "den Namen korrigieren (Tippfehler?) oder – Entwicklung – einen @Component-Delegate dieses Namens anlegen"));
        }
      }
    }
    return findings;
  }
}
