package de.fachkraftimfokus.problem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the platform's own API ({@code /api/*}, docs/api.md): HTTP Basic for every
 * operation, and the one error body (problem details) for every refusal.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String PROBLEM = "Problem";
  static final String BASIC = "basicAuth";
  private static final Map<String, String> REFUSALS = Map.of(
      "400", "Eingabe ungültig (mit fieldErrors je Feld)",
      "401", "Anmeldung erforderlich",
      "403", "Nicht erlaubt",
      "404", "Nicht gefunden",
      "500", "Interner Fehler (mit Referenz im Protokoll)");

  @Bean
  OpenAPI platformApi() {
    return new OpenAPI()
        .info(new Info().title("Fachkraft im Fokus – Schnittstelle der Plattform").version("1")
            .description("Die eigene REST-Schnittstelle der Prozessplattform (/api). Anmeldung mit HTTP Basic "
                + "(Benutzer der Plattform); jede Ablehnung antwortet als RFC 9457 Problem Details "
                + "(application/problem+json) mit deutscher Meldung und fieldErrors."))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Every operation answers its refusals with the problem body. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
          REFUSALS.forEach((status, description) -> operation.getResponses().addApiResponse(status,
              new ApiResponse().description(description).content(new Content().addMediaType(
                  Problems.MEDIA_TYPE.toString(),
                  new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))))));
    };
  }

  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("field", new StringSchema().description("Variable bzw. Feldschlüssel"));
    fieldError.addProperty("label", new StringSchema().description("Deutsche Bezeichnung des Felds"));
    fieldError.addProperty("message", new StringSchema().description("Was falsch ist, auf Deutsch"));
    ObjectSchema problem = new ObjectSchema();
    problem.setDescription("RFC 9457 Problem Details der Plattform");
    problem.addProperty("type", new StringSchema().example("urn:fkif:problem:invalid-input"));
    problem.addProperty("title", new StringSchema().example("Eingabe ungültig"));
    problem.addProperty("status", new IntegerSchema().example(400));
    problem.addProperty("detail", new StringSchema().example("Bitte Eingaben prüfen: Postleitzahl: genau fünf Ziffern"));
    problem.addProperty("instance", new StringSchema());
    problem.addProperty("message", new StringSchema().description("wie detail (für Camundas Webanwendungen)"));
    problem.addProperty("fieldErrors", new ArraySchema().items(fieldError));
    problem.setRequired(List.of("type", "title", "status", "detail", "message", "fieldErrors"));
    return problem;
  }
}
