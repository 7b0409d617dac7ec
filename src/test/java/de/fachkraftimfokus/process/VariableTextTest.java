package de.fachkraftimfokus.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Zusammengesetzte Texte passen in eine String-Variable (höchstens 4000 Zeichen)")
class VariableTextTest {

  @Test
  @DisplayName("Kurze Texte bleiben, wie sie sind; lange werden auf genau 4000 Zeichen gekürzt, mit Hinweis")
  void fitsIntoAStringVariable() {
    assertThat(VariableText.fit(null)).isNull();
    assertThat(VariableText.fit("kurz")).isEqualTo("kurz");
    String exact = "x".repeat(4000);
    assertThat(VariableText.fit(exact)).isSameAs(exact);
    String cut = VariableText.fit("y".repeat(4001));
    assertThat(cut).hasSize(VariableText.MAX).endsWith("[… gekürzt – vollständig in der Plattform]").startsWith("yyy");
  }
}
