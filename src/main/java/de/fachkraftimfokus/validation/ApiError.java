package de.fachkraftimfokus.validation;

import java.util.List;

/**
 * The body of a refused request to the platform's own REST API ({@code /api/*}): a short type
 * ({@code InvalidInput}, {@code Forbidden}, ...), the German message and, for refused input, the
 * fields with their German messages.
 */
public record ApiError(String type, String message, List<FieldError> fieldErrors) {

  public static ApiError of(String type, String message) {
    return new ApiError(type, message, List.of());
  }

  public static ApiError invalidInput(InvalidInputException e) {
    return new ApiError("InvalidInput", e.getMessage(), e.errors());
  }
}
