package de.fachkraftimfokus.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without a strong administrator password — before the
 * engine or any user is created. Registered in {@code META-INF/spring.factories}.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 12;
  /** The passwords the README gives for local demo mode: public, so never fit for production. */
  static final java.util.Set<String> DOCUMENTED_DEMO_PASSWORDS = java.util.Set.of("Dachmarke-2026!", "Fokus-Demo-2026");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    // The engine takes the administrator from camunda.bpm.admin-user.*, which application-prod.yml
    // fills from ADMIN_USER/ADMIN_PASSWORD — but an operator may also set those properties directly
    // (e.g. CAMUNDA_BPM_ADMINUSER_PASSWORD). Check what the engine will really use.
    String adminUser = resolved(environment, "camunda.bpm.admin-user.id");
    String adminPassword = resolved(environment, "camunda.bpm.admin-user.password");
    String problem = weaknessOf(adminUser, adminPassword);
    if (problem != null) {
      throw new IllegalStateException("Start im Profil prod verweigert: " + problem);
    }
  }

  /** The property's value, or null when it is missing or refers to an unset variable. */
  private static String resolved(ConfigurableEnvironment environment, String name) {
    try {
      return environment.getProperty(name);
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      return null;
    }
  }

  /** Returns why the credentials are unfit for production, or null when they are fit. */
  static String weaknessOf(String user, String password) {
    if (user == null || user.isBlank()) {
      return "ADMIN_USER ist nicht gesetzt.";
    }
    if (password == null || password.isBlank()) {
      return "ADMIN_PASSWORD ist nicht gesetzt.";
    }
    if (password.length() < MIN_LENGTH) {
      return "ADMIN_PASSWORD ist kürzer als " + MIN_LENGTH + " Zeichen.";
    }
    if (password.toLowerCase().contains(user.toLowerCase())) {
      return "ADMIN_PASSWORD enthält den Benutzernamen.";
    }
    boolean upper = password.chars().anyMatch(Character::isUpperCase);
    boolean lower = password.chars().anyMatch(Character::isLowerCase);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    boolean special = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    if (!(upper && lower && digit && special)) {
      return "ADMIN_PASSWORD braucht Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen.";
    }
    if (DOCUMENTED_DEMO_PASSWORDS.contains(password)) {
      return "ADMIN_PASSWORD ist das dokumentierte Demo-Passwort.";
    }
    return null;
  }
}
