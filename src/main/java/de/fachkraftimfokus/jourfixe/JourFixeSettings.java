package de.fachkraftimfokus.jourfixe;

import org.springframework.stereotype.Component;

/** The settings the model reads by expression, e.g. the timer cycle {@code ${jourFixeSettings.cycle}}. */
@Component("jourFixeSettings")
public class JourFixeSettings {

  private final JourFixeProperties properties;

  JourFixeSettings(JourFixeProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.cycle();
  }
}
