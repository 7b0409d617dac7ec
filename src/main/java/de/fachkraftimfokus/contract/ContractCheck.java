package de.fachkraftimfokus.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.validation.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks what a client submits against the {@link FormContract} of the form deployed for that start
 * or task: only the form's keys, each of its field's type, and the field's rules (required,
 * lengths, pattern, e-mail, options, numbers, dates, rows). Derived variables are no keys of any
 * form and are therefore refused like every other unknown variable.
 *
 * <p>What the check cannot know it leaves to the task's business check: conditions between fields
 * (a field shown only for one answer is never required here), and meaning (a date in the future).
 */
public final class ContractCheck {

  /** Deliberately the pattern form-js 1.8 validates e-mail fields with, so browser and server agree. */
  static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
      + "[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
  static final int MAX_EMAIL = 254;
  private static final Set<String> TEXT_TYPES = Set.of("String");
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The outcome: the refused fields (empty: accepted) and the submitted keys the server drops
   * because their fields are read-only (Tasklist submits what it shows).
   */
  public record Verdict(List<FieldError> errors, Set<String> ignored) {
    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  private final FormContract contract;
  private final Function<String, Object> current;
  private final List<FieldError> errors = new ArrayList<>();

  private ContractCheck(FormContract contract, Function<String, Object> current) {
    this.contract = contract;
    this.current = current;
  }

  /**
   * @param current the variable's current value where the submission lands (a task's variables), or
   *     null for none (a start): a required field that is not submitted keeps its current value, and
   *     options of a field with {@code valuesKey} come from the current value of that variable
   */
  public static Verdict check(FormContract contract, Map<String, SubmittedValue> submitted,
      Function<String, Object> current) {
    return new ContractCheck(contract, current == null ? name -> null : current).run(submitted);
  }

  private Verdict run(Map<String, SubmittedValue> submitted) {
    Set<String> ignored = new LinkedHashSet<>();
    for (Map.Entry<String, SubmittedValue> entry : submitted.entrySet()) {
      String key = entry.getKey();
      FormField field = contract.fields().get(key);
      if (field == null) {
        errors.add(new FieldError(key, key, "gehört nicht zu diesem Formular und darf nicht gesetzt werden"));
      } else if (field.disabled()) {
        errors.add(new FieldError(key, field.label(), "ist nur zur Ansicht und kann nicht geändert werden"));
      } else if (field.readonly()) {
        ignored.add(key);
      } else {
        checkTopLevel(field, entry.getValue());
      }
    }
    for (FormField field : contract.fields().values()) {
      if (field.required() && field.writable() && !field.conditional() && !submitted.containsKey(field.key())
          && isEmpty(current.apply(field.key()))) {
        errors.add(new FieldError(field.key(), field.label(), "Pflichtfeld"));
      }
    }
    return new Verdict(List.copyOf(errors), Set.copyOf(ignored));
  }

  private void checkTopLevel(FormField field, SubmittedValue submitted) {
    String declared = submitted.type();
    if (declared != null && Set.of("Object", "File", "Bytes", "Xml").contains(declared)) {
      error(field.key(), field.label(), "der Typ „" + declared + "“ ist hier nicht erlaubt");
      return;
    }
    if (submitted.valueInfo() != null && !submitted.valueInfo().isEmpty()) {
      error(field.key(), field.label(), "Zusatzangaben (valueInfo) sind nicht erlaubt");
      return;
    }
    if (submitted.isNull()) {
      requireUnlessOptional(field.key(), field.label(), field);
      return;
    }
    JsonNode value = submitted.value();
    switch (field.kind()) {
      case TEXT, CHOICE, DATE -> {
        if (!(declared == null || TEXT_TYPES.contains(declared)) || !value.isTextual()) {
          error(field.key(), field.label(), field.kind() == FormField.Kind.DATE
              ? "muss ein Datum als Text sein (JJJJ-MM-TT)" : "muss ein Text sein");
        } else {
          checkValue(field.key(), field.label(), field, value);
        }
      }
      case NUMBER -> {
        boolean typed = declared == null || NUMBER_TYPES.contains(declared)
            || (field.serializeToString() && TEXT_TYPES.contains(declared));
        if (!typed) {
          error(field.key(), field.label(), "muss eine Zahl sein");
        } else {
          checkValue(field.key(), field.label(), field, value);
        }
      }
      case BOOLEAN -> {
        if (!(declared == null || "Boolean".equals(declared)) || !value.isBoolean()) {
          error(field.key(), field.label(), "muss Ja oder Nein (true/false) sein");
        } else {
          checkValue(field.key(), field.label(), field, value);
        }
      }
      case CHOICES, ROWS, GROUP -> {
        JsonNode parsed = structured(field, submitted);
        if (parsed != null) {
          checkValue(field.key(), field.label(), field, parsed);
        }
      }
    }
  }

  /** A list or object value: {@code Json} text from the engine REST API, plain JSON from the platform's API. */
  private JsonNode structured(FormField field, SubmittedValue submitted) {
    if (submitted.plain() && submitted.type() == null) {
      return submitted.value();
    }
    if (!SubmittedValue.JSON.equals(submitted.type()) || !submitted.value().isTextual()) {
      error(field.key(), field.label(), "muss als Json-Variable gesendet werden (\"type\": \"Json\")");
      return null;
    }
    try {
      return JSON.readTree(submitted.value().asText());
    } catch (JsonProcessingException e) {
      error(field.key(), field.label(), "ist kein gültiges JSON");
      return null;
    }
  }

  /** The rules of one field on one (JSON) value — at the top level or inside a row. */
  private void checkValue(String path, String label, FormField field, JsonNode value) {
    if (value == null || value.isNull()) {
      requireUnlessOptional(path, label, field);
      return;
    }
    switch (field.kind()) {
      case TEXT -> {
        if (!value.isTextual()) {
          error(path, label, "muss ein Text sein");
        } else {
          checkText(path, label, field, value.asText());
        }
      }
      case CHOICE -> {
        if (!value.isTextual()) {
          error(path, label, "muss eine der angebotenen Möglichkeiten sein");
        } else if (value.asText().isEmpty()) {
          requireUnlessOptional(path, label, field);
        } else {
          checkOption(path, label, field, value.asText());
        }
      }
      case DATE -> {
        if (!value.isTextual()) {
          error(path, label, "muss ein Datum sein (JJJJ-MM-TT)");
        } else if (value.asText().isEmpty()) {
          requireUnlessOptional(path, label, field);
        } else {
          checkDate(path, label, field, value.asText());
        }
      }
      case NUMBER -> checkNumber(path, label, field, value);
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          error(path, label, "muss Ja oder Nein (true/false) sein");
        } else if (field.required() && !field.conditional() && !value.booleanValue()) {
          error(path, label, "muss bestätigt werden");
        }
      }
      case CHOICES -> checkChoices(path, label, field, value);
      case ROWS -> checkRows(path, label, field, value);
      case GROUP -> {
        if (!value.isObject()) {
          error(path, label, "muss ein Objekt sein");
        } else {
          checkRow(path, label, field, value);
        }
      }
    }
  }

  private void checkText(String path, String label, FormField field, String text) {
    String problem = TextRules.problemOf(text, field.multiLine());
    if (problem != null) {
      error(path, label, problem);
      return;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      requireUnlessOptional(path, label, field);
      return;
    }
    if (text.length() > FormContract.MAX_TEXT || trimmed.length() > field.maxLength()) {
      error(path, label, "höchstens " + field.maxLength() + " Zeichen");
      return;
    }
    if (field.minLength() != null && trimmed.length() < field.minLength()) {
      error(path, label, "mindestens " + field.minLength() + " Zeichen");
    }
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      error(path, label, field.patternHint() == null ? "hat nicht das verlangte Format" : field.patternHint());
    }
    if ("email".equals(field.validationType()) && (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches())) {
      error(path, label, "keine gültige E-Mail-Adresse");
    }
  }

  private void checkOption(String path, String label, FormField field, String value) {
    Collection<String> options = options(field);
    if (options != null && !options.contains(value)) {
      error(path, label, "„" + shorten(value) + "“ ist keine der angebotenen Möglichkeiten");
    }
  }

  private void checkChoices(String path, String label, FormField field, JsonNode value) {
    if (!value.isArray()) {
      error(path, label, "muss eine Liste sein");
      return;
    }
    if (value.isEmpty()) {
      requireUnlessOptional(path, label, field);
      return;
    }
    Collection<String> options = options(field);
    int limit = options == null ? FormContract.MAX_ROWS : options.size();
    if (value.size() > limit) {
      error(path, label, "höchstens " + limit + " Einträge");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        error(path, label, "muss eine Liste von Texten sein");
        return;
      }
      String text = item.asText();
      if (options != null && !options.contains(text)) {
        error(path, label, "„" + shorten(text) + "“ ist keine der angebotenen Möglichkeiten");
        return;
      }
      String problem = TextRules.problemOf(text, false);
      if (problem != null || text.length() > FormContract.MAX_TEXT) {
        error(path, label, problem != null ? problem : "Eintrag zu lang");
        return;
      }
      if (!seen.add(text)) {
        error(path, label, "„" + shorten(text) + "“ ist doppelt gewählt");
        return;
      }
    }
  }

  private void checkRows(String path, String label, FormField field, JsonNode value) {
    if (!value.isArray()) {
      error(path, label, "muss eine Liste sein");
      return;
    }
    if (value.size() > FormContract.MAX_ROWS) {
      error(path, label, "höchstens " + FormContract.MAX_ROWS + " Zeilen");
      return;
    }
    int number = 0;
    for (JsonNode row : value) {
      number++;
      String rowPath = path + "[" + (number - 1) + "]";
      String rowLabel = label + ", Zeile " + number;
      if (!row.isObject()) {
        error(rowPath, rowLabel, "ist kein Eintrag der Liste");
      } else {
        checkRow(rowPath, rowLabel, field, row);
      }
    }
  }

  /** A row of a list (or a group's object): only the children's keys, each by its rules. */
  private void checkRow(String path, String label, FormField field, JsonNode row) {
    Iterator<Map.Entry<String, JsonNode>> members = row.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      FormField child = field.children().stream().filter(c -> c.key().equals(member.getKey())).findFirst().orElse(null);
      if (child == null) {
        error(path + "." + member.getKey(), label, "„" + shorten(member.getKey()) + "“ gehört nicht zu dieser Liste");
      } else {
        checkValue(path + "." + child.key(), label + ": " + child.label(), child, member.getValue());
      }
    }
    for (FormField child : field.children()) {
      if (child.required() && child.writable() && !child.conditional() && !row.has(child.key())) {
        error(path + "." + child.key(), label + ": " + child.label(), "Pflichtfeld");
      }
    }
  }

  private void checkNumber(String path, String label, FormField field, JsonNode value) {
    BigDecimal number;
    if (value.isNumber()) {
      number = value.decimalValue();
    } else if (value.isTextual() && field.serializeToString()) {
      try {
        number = new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        error(path, label, "muss eine Zahl sein");
        return;
      }
    } else {
      error(path, label, "muss eine Zahl sein");
      return;
    }
    if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      error(path, label, "Zahl zu groß");
      return;
    }
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      error(path, label, field.decimalDigits() == 0 ? "muss eine ganze Zahl sein"
          : "höchstens " + field.decimalDigits() + " Nachkommastellen");
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      error(path, label, "mindestens " + field.min().toPlainString());
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      error(path, label, "höchstens " + field.max().toPlainString());
    }
  }

  private void checkDate(String path, String label, FormField field, String text) {
    try {
      switch (field.dateSubtype()) {
        case "time" -> {
          if (text.length() > 5) {
            OffsetTime.parse(text);
          } else {
            LocalTime.parse(text);
          }
        }
        case "datetime" -> {
          LocalDate day = text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
              ? OffsetDateTime.parse(text).toLocalDate() : LocalDateTime.parse(text).toLocalDate();
          checkYear(path, label, day);
        }
        default -> {
          if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            error(path, label, "muss ein Datum sein (JJJJ-MM-TT)");
            return;
          }
          checkYear(path, label, LocalDate.parse(text));
        }
      }
    } catch (DateTimeParseException e) {
      error(path, label, "ist kein gültiges Datum");
    }
  }

  private void checkYear(String path, String label, LocalDate day) {
    if (day.getYear() < 1900 || day.getYear() > 2100) {
      error(path, label, "Datum außerhalb des zulässigen Bereichs (1900–2100)");
    }
  }

  /** The field's options: its own list, or those of the variable named by {@code valuesKey}; null for free input. */
  private Collection<String> options(FormField field) {
    if (field.optionsVariable() != null) {
      return optionValues(current.apply(field.optionsVariable()));
    }
    return field.options().isEmpty() ? null : field.options();
  }

  /** The values of an options variable ({@code [{label, value}]} or {@code [value]}), whatever its Java form. */
  static Set<String> optionValues(Object options) {
    Set<String> values = new LinkedHashSet<>();
    if (options == null) {
      return values;
    }
    JsonNode node;
    try {
      node = options instanceof SpinJsonNode spin ? JSON.readTree(spin.toString())
          : options instanceof String text ? JSON.readTree(text) : JSON.valueToTree(options);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return values;
    }
    for (JsonNode option : node) {
      JsonNode value = option.isObject() ? option.get("value") : option;
      if (value != null && value.isValueNode()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  private void requireUnlessOptional(String path, String label, FormField field) {
    if (field.required() && !field.conditional()) {
      error(path, label, "Pflichtfeld");
    }
  }

  private void error(String path, String label, String message) {
    errors.add(new FieldError(path, label, message));
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && text.isBlank())
        || (value instanceof Collection<?> collection && collection.isEmpty())
        || (value instanceof SpinJsonNode node && node.isArray() && node.elements().isEmpty());
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
