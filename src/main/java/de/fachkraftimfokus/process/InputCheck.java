package de.fachkraftimfokus.process;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects the server-side checks of one start or task completion and refuses them together, so
 * staff see every wrong field at once. Each check names the variable and its German label.
 *
 * <pre>{@code
 * InputCheck.of(variables)
 *     .requiredText("companyName", "Name des Unternehmens")
 *     .pattern("companyPostcode", "Postleitzahl", FIVE_DIGITS, "genau fünf Ziffern")
 *     .orThrow();
 * }</pre>
 */
public final class InputCheck {

  public static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
  /** Deliberately simple: one @, no blanks, a dot in the domain. The mail server has the last word. */
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  public static final int MAX_TEXT = 4000;

  private final Map<String, Object> variables;
  private final List<FieldError> errors = new ArrayList<>();

  private InputCheck(Map<String, Object> variables) {
    this.variables = variables;
  }

  public static InputCheck of(Map<String, Object> variables) {
    return new InputCheck(variables);
  }

  public InputCheck requiredText(String field, String label) {
    Object value = variables.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      errors.add(new FieldError(field, label, "Pflichtfeld"));
    } else if (text.length() > MAX_TEXT) {
      errors.add(new FieldError(field, label, "höchstens " + MAX_TEXT + " Zeichen"));
    }
    return this;
  }

  public InputCheck optionalText(String field, String label) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String)) {
      errors.add(new FieldError(field, label, "muss ein Text sein"));
    } else if (value instanceof String text && text.length() > MAX_TEXT) {
      errors.add(new FieldError(field, label, "höchstens " + MAX_TEXT + " Zeichen"));
    }
    return this;
  }

  /** A required text that must match; {@code expected} says in German what is expected. */
  public InputCheck pattern(String field, String label, Pattern pattern, String expected) {
    Object value = variables.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      errors.add(new FieldError(field, label, "Pflichtfeld"));
    } else if (!pattern.matcher(text.trim()).matches()) {
      errors.add(new FieldError(field, label, expected));
    }
    return this;
  }

  /** A required value out of a fixed list of ids. */
  public InputCheck oneOf(String field, String label, Collection<String> allowed) {
    Object value = variables.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      errors.add(new FieldError(field, label, "Pflichtfeld"));
    } else if (!allowed.contains(text)) {
      errors.add(new FieldError(field, label, "unbekannter Wert „" + text + "“"));
    }
    return this;
  }

  public InputCheck requiredBoolean(String field, String label) {
    if (!(variables.get(field) instanceof Boolean)) {
      errors.add(new FieldError(field, label, "Ja oder Nein erforderlich"));
    }
    return this;
  }

  /** A required date as ISO text (yyyy-MM-dd, as the form's date field sends it) or a Date. */
  public InputCheck requiredDate(String field, String label) {
    if (dateOf(field) == null) {
      errors.add(new FieldError(field, label, "Datum erforderlich (JJJJ-MM-TT)"));
    }
    return this;
  }

  /** Adds an error of a rule that spans fields (e.g. "Ende nach Beginn"). */
  public InputCheck rule(boolean holds, String field, String label, String message) {
    if (!holds) {
      errors.add(new FieldError(field, label, message));
    }
    return this;
  }

  public LocalDate dateOf(String field) {
    Object value = variables.get(field);
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(de.fachkraftimfokus.calendar.WorkingDays.ZONE).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  // the same checks, naming the variable by its handle (process.Variable)

  public InputCheck requiredText(Variable<?> field, String label) {
    return requiredText(field.name(), label);
  }

  public InputCheck oneOf(Variable<?> field, String label, Collection<String> allowed) {
    return oneOf(field.name(), label, allowed);
  }

  public InputCheck requiredBoolean(Variable<?> field, String label) {
    return requiredBoolean(field.name(), label);
  }

  public InputCheck rule(boolean holds, Variable<?> field, String label, String message) {
    return rule(holds, field.name(), label, message);
  }

  public LocalDate dateOf(Variable<?> field) {
    return dateOf(field.name());
  }

  /**
   * The rows of a list variable (a form's dynamic list) as its handle reads them; a value that is no
   * such list is refused in German (and read as empty) rather than failing the step.
   */
  public <R> List<R> rows(Variable<List<R>> field, String label) {
    try {
      return field.get(variables);
    } catch (RuntimeException notAList) {
      errors.add(new FieldError(field.name(), label, "keine gültige Liste"));
      return List.of();
    }
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public void orThrow() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
