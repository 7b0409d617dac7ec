package de.fachkraftimfokus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fachkraft im Fokus – the process platform of Sachsen-Anhalt's skilled-labour cooperation. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FachkraftApplication {

  public static void main(String[] args) {
    SpringApplication.run(FachkraftApplication.class, args);
  }
}
