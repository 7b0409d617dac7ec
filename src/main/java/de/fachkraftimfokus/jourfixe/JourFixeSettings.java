package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Jour fixe's settings ({@link JourFixeProperties}) as the code and the model read them, e.g. the
 * timer cycle {@code ${jourFixeSettings.cycle}}.
 */
@Component("jourFixeSettings")
public class JourFixeSettings {

  private final JourFixeProperties properties;

  JourFixeSettings(JourFixeProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.cycle();
  }

  /** The groups invited to every Jour fixe; each prepares a contribution. */
  public List<String> participants() {
    return List.copyOf(properties.participants());
  }

  /** The partners taking turns in moderation and minute-taking. */
  public List<String> rotationPartners() {
    return List.copyOf(properties.rotation());
  }
}
