package de.fachkraftimfokus.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One variable as a client submitted it: the engine REST API's {@code {"value", "type",
 * "valueInfo"}}, or a plain JSON value of the platform's own API.
 *
 * @param value the value as sent (for {@code Json}, the JSON text)
 * @param type the declared Camunda type, or null when the client left it to inference
 * @param valueInfo the declared value info, or null
 * @param plain whether it came as plain JSON (the platform's API), where lists are plain arrays
 */
public record SubmittedValue(JsonNode value, String type, JsonNode valueInfo, boolean plain) {

  public static final String JSON = "Json";

  /** A variable of the engine REST API; anything but an object is kept as an untyped value. */
  public static SubmittedValue rest(JsonNode variable) {
    if (variable == null || !variable.isObject()) {
      return new SubmittedValue(variable == null ? NullNode.getInstance() : variable, null, null, false);
    }
    JsonNode type = variable.get("type");
    JsonNode valueInfo = variable.get("valueInfo");
    return new SubmittedValue(variable.has("value") ? variable.get("value") : NullNode.getInstance(),
        type == null || type.isNull() ? null : type.asText(), valueInfo == null || valueInfo.isNull() ? null : valueInfo,
        false);
  }

  /** A plain JSON value of the platform's API ({@code "companyName": "…"}). */
  public static SubmittedValue plain(JsonNode value) {
    return new SubmittedValue(value == null ? NullNode.getInstance() : value, null, null, true);
  }

  public boolean isNull() {
    return value == null || value.isNull() || "Null".equals(type);
  }

  /**
   * The Java value to hand to the engine, for a plain value the contract accepted: texts, numbers
   * and yes/no as they are, lists and objects as {@code Json} variables.
   */
  public Object toVariable() {
    if (isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? (Object) value.intValue() : (Object) value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(value.toString()).create();
  }
}
