package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What counts as a strong enough administrator in production. */
class ProductionSafetyCheckTest {

  @Test
  @DisplayName("Fehlender Benutzer oder fehlendes Passwort")
  void missing() {
    assertThat(ProductionSafetyCheck.weaknessOf(null, "Betrieb-Sicher-2026#")).contains("ADMIN_USER");
    assertThat(ProductionSafetyCheck.weaknessOf(" ", "Betrieb-Sicher-2026#")).contains("ADMIN_USER");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", null)).contains("nicht gesetzt");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "   ")).contains("nicht gesetzt");
  }

  @Test
  @DisplayName("Zu kurz, mit Benutzernamen, ohne Zeichenklassen, dokumentiertes Demo-Passwort")
  void weak() {
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "Kurz-2026#")).contains("kürzer als 12");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "Mein-BETRIEB-2026#")).contains("Benutzernamen");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "nurkleinbuchstaben-2026#")).contains("Groß- und Kleinbuchstaben");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "OHNEZIFFERN-ABER-LANG#")).contains("Groß- und Kleinbuchstaben");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "OhneSonderzeichen2026")).contains("Groß- und Kleinbuchstaben");
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "Dachmarke-2026!")).contains("Demo-Passwort");
    assertThat(ProductionSafetyCheck.weaknessOf("admin", "Fokus-Demo-2026")).contains("Demo-Passwort");
  }

  @Test
  @DisplayName("Ein starkes Passwort wird angenommen")
  void strong() {
    assertThat(ProductionSafetyCheck.weaknessOf("betrieb", "Betrieb-Sicher-2026#".replace("Betrieb", "Anlage"))).isNull();
    assertThat(ProductionSafetyCheck.weaknessOf("admin", "x7#Lq9!vR2mZ")).isNull();
  }
}
