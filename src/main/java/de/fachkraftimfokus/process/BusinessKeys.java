package de.fachkraftimfokus.process;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Business keys are the platform's: every process that numbers its cases gives the number itself,
 * and a start that brings a business key of its own is refused — on every path, the engine REST
 * API's guard refuses it before, the start listeners again. Two cases can therefore never share a
 * number, and nobody reserves future ones.
 */
public final class BusinessKeys {

  private BusinessKeys() {}

  /** Gives the started process its number; refuses (400, nothing written) a key the starter brought. */
  public static void assign(DelegateExecution execution, java.util.function.Supplier<String> number) {
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("businessKey", "Geschäftszeichen",
          "vergibt die Plattform; bitte nicht mitsenden")));
    }
    execution.setProcessBusinessKey(number.get());
  }
}
