package de.fachkraftimfokus.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The write contract a deployed Camunda Form promises (DESIGN.md §4): its keyed fields with their
 * types and rules. A client may write exactly these keys, with these rules — whether it submits
 * through Tasklist, the engine REST API or the platform's own API.
 *
 * <p>Parsed from the form's JSON as form-js 1.8 reads it. Fields inside a group without a path
 * belong to the form's top level; a dynamic list or a group with a path is one field whose rows
 * carry the children.
 */
public final class FormContract {

  /** Camunda keeps a String variable in at most 4000 characters; no text field may exceed it. */
  public static final int MAX_TEXT = 4000;
  /** The field property (set in Modeler) that says in German what a pattern asks for. */
  public static final String PATTERN_HINT = "formatHinweis";
  /** The longest list of rows a dynamic list may submit. */
  public static final int MAX_ROWS = 200;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Map<String, FormField.Kind> KINDS = Map.of(
      "textfield", FormField.Kind.TEXT, "textarea", FormField.Kind.TEXT, "number", FormField.Kind.NUMBER,
      "checkbox", FormField.Kind.BOOLEAN, "radio", FormField.Kind.CHOICE, "select", FormField.Kind.CHOICE,
      "checklist", FormField.Kind.CHOICES, "taglist", FormField.Kind.CHOICES, "datetime", FormField.Kind.DATE);

  private final String formId;
  private final Map<String, FormField> fields;

  private FormContract(String formId, Map<String, FormField> fields) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** The contract of no form: nothing may be written. */
  public static FormContract none() {
    return new FormContract(null, Map.of());
  }

  /** A contract declared in code (e.g. the variables of a message), in the terms of a form. */
  public static FormContract of(String id, FormField... fields) {
    Map<String, FormField> byKey = new LinkedHashMap<>();
    for (FormField field : fields) {
      byKey.put(field.key(), field);
    }
    return new FormContract(id, byKey);
  }

  public static FormContract parse(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormContract parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form, fields);
    return new FormContract(text(form, "id"), fields);
  }

  public String formId() {
    return formId;
  }

  public Map<String, FormField> fields() {
    return fields;
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  private static void collect(JsonNode container, Map<String, FormField> into) {
    JsonNode components = container.get("components");
    if (components == null || !components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      String type = text(component, "type");
      String path = text(component, "path");
      if (("dynamiclist".equals(type) || "group".equals(type)) && path != null) {
        Map<String, FormField> children = new LinkedHashMap<>();
        collect(component, children);
        FormField.Kind kind = "dynamiclist".equals(type) ? FormField.Kind.ROWS : FormField.Kind.GROUP;
        // a list whose every field is read-only only shows rows: Tasklist submits it, nobody writes it
        boolean onlyShown = !children.isEmpty() && children.values().stream().noneMatch(FormField::writable);
        into.put(path, new FormField(path, kind, type, labelOf(component, path), false, null, MAX_TEXT, null, null,
            null, null, null, null, List.of(), null, onlyShown || flag(component, "readonly"), flag(component, "disabled"),
            component.has("conditional"), null, false, List.copyOf(children.values())));
      } else if ("group".equals(type) || "dynamiclist".equals(type)) {
        collect(component, into);
      } else if ("expression".equals(type) && text(component, "key") != null) {
        // computed in the browser from other fields: Tasklist submits it, the server never writes it
        String key = text(component, "key");
        into.put(key, new FormField(key, FormField.Kind.TEXT, type, labelOf(component, key), false, null, MAX_TEXT,
            null, null, null, null, null, null, List.of(), null, true, false, false, null, false, List.of()));
      } else if (KINDS.containsKey(type) && text(component, "key") != null) {
        FormField field = field(component, type);
        into.put(field.key(), field);
      }
      // text, html, image, spacer, separator, table, …: shown, never submitted
    }
  }

  private static FormField field(JsonNode component, String type) {
    String key = text(component, "key");
    JsonNode validate = component.path("validate");
    FormField.Kind kind = KINDS.get(type);
    Integer maxLength = integer(validate, "maxLength");
    List<String> options = new ArrayList<>();
    for (JsonNode option : component.path("values")) {
      if (option.has("value")) {
        options.add(option.get("value").asText());
      }
    }
    return new FormField(key, kind, type, labelOf(component, key),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        maxLength == null ? MAX_TEXT : Math.min(maxLength, MAX_TEXT),
        pattern(text(validate, "pattern")),
        text(component.path("properties"), PATTERN_HINT),
        text(validate, "validationType"),
        decimal(validate, "min"),
        decimal(validate, "max"),
        integer(component, "decimalDigits"),
        List.copyOf(options),
        text(component, "valuesKey"),
        flag(component, "readonly"),
        flag(component, "disabled"),
        component.has("conditional"),
        "datetime".equals(type) ? Optional.ofNullable(text(component, "subtype")).orElse("date") : null,
        component.path("serializeToString").asBoolean(false),
        List.of());
  }

  /** A flag may be a boolean or a FEEL expression ("=…"); an expression counts as set. */
  private static boolean flag(JsonNode component, String name) {
    JsonNode value = component.get(name);
    return value != null && (value.asBoolean(false) || (value.isTextual() && value.asText().startsWith("=")));
  }

  private static String labelOf(JsonNode component, String fallback) {
    String label = text(component, "label");
    return label == null || label.isBlank() ? fallback : label;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.intValue() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private static Pattern pattern(String regex) {
    if (regex == null || regex.isBlank()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Formular: ungültiges Muster " + regex, e);
    }
  }
}
