package de.fachkraftimfokus.jourfixe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of a form's dynamic list. Tasklist submits them as Json variables (Spin nodes); the
 * REST API or tests may send Json, a JSON string or plain lists of maps — all are read here.
 */
final class JsonRows {

  static final ObjectMapper JSON = new ObjectMapper();

  private JsonRows() {}

  static List<JsonNode> of(Object value, String field, String label) {
    if (value == null) {
      return List.of();
    }
    JsonNode node;
    try {
      if (value instanceof String text) {
        node = text.isBlank() ? JSON.createArrayNode() : JSON.readTree(text);
      } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
        node = JSON.valueToTree(value);
      } else {
        // Spin's JSON node (Tasklist's Json variables) prints as its JSON text
        node = JSON.readTree(value.toString());
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(new FieldError(field, label, "kein gültiges JSON")));
    }
    List<JsonNode> rows = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(rows::add);
    }
    return rows;
  }

  /** The trimmed text of a field; null when missing or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().trim();
  }
}
