package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.contract.ContractSchema;
import de.fachkraftimfokus.contract.FormContract;
import java.io.IOException;
import java.io.InputStream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The intake's request body in the API document: the start form deployed with the platform, as its schema. */
@Configuration(proxyBeanMethods = false)
class AdvisoryCaseApiDocumentation {

  static final String START_FORM = "forms/advisory-case-start.form";

  @Bean
  OpenApiCustomizer advisoryCaseStartSchema() {
    return api -> {
      try (InputStream form = new ClassPathResource(START_FORM).getInputStream()) {
        api.getComponents().addSchemas(AdvisoryCaseIntakeController.START_SCHEMA, ContractSchema.of(
            FormContract.parse(form), "Startdaten eines Beratungsfalls, wie das Startformular sie verlangt"));
      } catch (IOException e) {
        throw new IllegalStateException("Startformular " + START_FORM + " fehlt", e);
      }
    };
  }
}
