package de.fachkraftimfokus.models;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deployment the model checks refuse: answered by the engine REST API with 400 and one entry per
 * finding (file › element, problem → remedy), the same wording as the build's ModelValidationTest.
 */
public class ModelRejectedException extends InvalidInputException {

  private final transient List<Finding> findings;

  public ModelRejectedException(List<Finding> findings) {
    super(findings.stream().map(ModelRejectedException::asFieldError).toList());
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }

  @Override
  public String getMessage() {
    return "Das Deployment wurde abgelehnt: " + findings.size() + " Problem(e) in den Modellen/Formularen – bitte im "
        + "Modeler beheben und erneut deployen: "
        + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
  }

  private static FieldError asFieldError(Finding finding) {
    String where = finding.file() + (finding.element() == null || finding.element().isBlank() ? "" : " › " + finding.element());
    return new FieldError(where, where, finding.problem() + " → " + finding.fix());
  }
}
