package de.fachkraftimfokus.contract;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A write contract as an OpenAPI schema, for the platform's API documentation: the same fields, types,
 * German labels (as title), lengths, patterns and options the server checks — the document is made
 * from the contract, so the two cannot disagree.
 */
public final class ContractSchema {

  private ContractSchema() {}

  /** The schema of a plain JSON object in the contract's shape (the platform's API, not the engine's). */
  public static Schema<?> of(FormContract contract, String description) {
    ObjectSchema schema = new ObjectSchema();
    schema.setDescription(description);
    schema.setAdditionalProperties(false);
    List<String> required = new ArrayList<>();
    for (FormField field : contract.fields().values()) {
      if (!field.writable()) {
        continue;
      }
      schema.addProperty(field.key(), property(field));
      if (field.required() && !field.conditional()) {
        required.add(field.key());
      }
    }
    schema.setRequired(required.isEmpty() ? null : required);
    return schema;
  }

  private static Schema<?> property(FormField field) {
    Schema<?> property = switch (field.kind()) {
      case TEXT -> {
        StringSchema text = new StringSchema();
        text.setMaxLength(field.maxLength());
        text.setMinLength(field.minLength());
        if (field.pattern() != null) {
          text.setPattern(field.pattern().pattern());
        }
        if ("email".equals(field.validationType())) {
          text.setFormat("email");
        }
        yield text;
      }
      case CHOICE -> {
        StringSchema choice = new StringSchema();
        if (!field.options().isEmpty()) {
          choice.setEnum(field.options());
        }
        yield choice;
      }
      case CHOICES -> {
        StringSchema item = new StringSchema();
        if (!field.options().isEmpty()) {
          item.setEnum(field.options());
        }
        ArraySchema list = new ArraySchema();
        list.setItems(item);
        list.setUniqueItems(true);
        yield list;
      }
      case NUMBER -> {
        NumberSchema number = new NumberSchema();
        number.setMinimum(field.min());
        number.setMaximum(field.max());
        yield number;
      }
      case BOOLEAN -> new BooleanSchema();
      case DATE -> new DateSchema();
      case ROWS, GROUP -> new ObjectSchema();
    };
    property.setTitle(field.label());
    if (field.patternHint() != null) {
      property.setDescription(field.patternHint());
    }
    return property;
  }
}
