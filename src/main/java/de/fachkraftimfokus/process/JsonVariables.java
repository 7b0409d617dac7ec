package de.fachkraftimfokus.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The one place where list-shaped process variables are read and written.
 *
 * <p>Tasklist submits checklists and other arrays as {@code Json} variables, REST clients may send
 * {@code Json}, a serialized {@code Object} or a comma-separated {@code String}; gateways, decision
 * tables and delegates only ever see typed Java values from here. Lists are written back as
 * {@code Json} variables, so Tasklist's forms can show them again and no Java serialization is used.
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariables() {}

  /**
   * The variable as a list of texts, whatever form it arrived in; null or empty → empty list.
   *
   * @throws IllegalArgumentException if it is no list of texts
   */
  public static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    if (value instanceof SpinJsonNode node) {
      return stringList(node.toString());
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.isEmpty()) {
        return List.of();
      }
      if (trimmed.startsWith("[")) {
        try {
          JsonNode array = JSON.readTree(trimmed);
          List<String> items = new ArrayList<>();
          for (JsonNode item : array) {
            if (!item.isValueNode()) {
              throw new IllegalArgumentException("Liste enthält keinen einfachen Wert: " + item);
            }
            items.add(item.asText().trim());
          }
          return items.stream().filter(s -> !s.isEmpty()).toList();
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("keine gültige Liste", e);
        }
      }
      return Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    throw new IllegalArgumentException("keine Liste: " + value.getClass().getSimpleName());
  }

  /** A list of records (or maps) from a variable's value (Json, text or collection); empty if absent. */
  public static <T> List<T> list(Object value, String name, Class<T> type) {
    if (value == null) {
      return List.of();
    }
    String json = value instanceof SpinJsonNode node ? node.toString() : value instanceof String s ? s : null;
    try {
      if (json == null) {
        json = JSON.writeValueAsString(value);
      }
      return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Prozessvariable " + name + " ist keine Liste von " + type.getSimpleName(), e);
    }
  }

  /** One record (or map) from a variable's value (Json, text or object); null if absent. */
  public static <T> T object(Object value, String name, Class<T> type) {
    if (value == null) {
      return null;
    }
    String json = value instanceof SpinJsonNode node ? node.toString() : value instanceof String s ? s : null;
    try {
      return json == null ? JSON.convertValue(value, type) : JSON.readValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("Prozessvariable " + name + " ist kein " + type.getSimpleName(), e);
    }
  }

  /** Any value (list, record, map) as a {@code Json} process variable. */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Wert lässt sich nicht als JSON speichern", e);
    }
  }

  /** Options of a form select or checklist ({@code valuesKey}): label and value. */
  public static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }

}
