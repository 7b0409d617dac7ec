package de.fachkraftimfokus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fachkraft im Fokus – the process platform of Sachsen-Anhalt's skilled-labour cooperation.
 *
 * <p>Thymeleaf renders the platform's documents with one strict engine of its own
 * ({@code document.DocumentTemplates}); Spring Boot's Thymeleaf set-up for web views is left out,
 * since the platform has none, so that there is only that one engine.
 */
@SpringBootApplication(exclude = ThymeleafAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FachkraftApplication {

  public static void main(String[] args) {
    SpringApplication.run(FachkraftApplication.class, args);
  }
}
