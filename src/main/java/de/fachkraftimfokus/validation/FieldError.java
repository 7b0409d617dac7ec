package de.fachkraftimfokus.validation;

/** One refused input: the variable, its German label and what is wrong, in German. */
public record FieldError(String field, String label, String message) {

  public String describe() {
    return label + ": " + message;
  }
}
