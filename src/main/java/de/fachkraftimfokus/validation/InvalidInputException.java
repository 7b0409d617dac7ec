package de.fachkraftimfokus.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input refused by the server-side rules. A {@link FormFieldValidationException}, so that the
 * engine's REST API answers 400 and Tasklist shows the German message; thrown inside the engine's
 * transaction, so nothing of the refused input is written.
 */
public class InvalidInputException extends FormFieldValidationException {

  /** Beginning of every refusal's message (also how HTTP filters recognise it). */
  public static final String PREFIX = "Bitte Eingaben prüfen: ";

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "input" : errors.get(0).field(), germanMessage(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  static String germanMessage(List<FieldError> errors) {
    return PREFIX
        + errors.stream().map(FieldError::describe).collect(Collectors.joining("; "));
  }
}
