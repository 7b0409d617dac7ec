package de.fachkraftimfokus.company;

import static de.fachkraftimfokus.company.CompanyRegistry.normalizeName;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Firmennamen werden trotz verschiedener Schreibweisen als dasselbe Unternehmen erkannt")
class CompanyNameNormalizationTest {

  @ParameterizedTest(name = "„{0}“")
  @ValueSource(strings = {
      "Müller Bau GmbH", "Mueller Bau GmbH", "MÜLLER BAU GMBH", "müller bau gmbh", "Müller-Bau GmbH",
      "Müller Bau G.m.b.H.", "  Müller   Bau  GmbH  ", "Müller Bau", "Müllerbau", "Firma Müller Bau",
      "Müller Bau GmbH & Co. KG", "Müller Bau GmbH & Co KG", "Müller Bau GmbH und Co. KG",
      "Müller Bau UG (haftungsbeschränkt)", "Müller Bau UG (haftungsbeschraenkt)", "Müller Bau AG",
      "Müller Bau KG", "Müller Bau OHG", "Müller Bau e.K.", "Müller Bau e. K.", "Müller Bau mbH",
      "Müller Bau Gesellschaft mit beschränkter Haftung", "Müller Bau GbR", "Müller Bau, GmbH.",
      "Müller\tBau\u00a0GmbH", "Müller Bau GmbH & Co. KGaA", "Müller Bau AG & Co. KG", "MÜLLER BAU E.K."})
  @DisplayName("Schreibweisen von „Müller Bau GmbH“")
  void muellerBau(String spelling) {
    assertThat(normalizeName(spelling)).isEqualTo("muellerbau");
  }

  @ParameterizedTest(name = "„{0}“")
  @ValueSource(strings = {"Förderverein Straße e.V.", "Foerderverein Strasse e. V.", "FÖRDERVEREIN STRASSE EV",
      "Förderverein Straße eingetragener Verein e.V."})
  @DisplayName("Umlaute, ß und e.V.")
  void verein(String spelling) {
    assertThat(normalizeName(spelling)).startsWith("foerdervereinstrasse");
  }

  @Test
  @DisplayName("& und „und“ sind gleich; Akzente fallen weg")
  void ampersandAndAccents() {
    assertThat(normalizeName("Schulz & Söhne GmbH")).isEqualTo(normalizeName("Schulz und Soehne"));
    assertThat(normalizeName("Café René GmbH")).isEqualTo("caferene");
  }

  @Test
  @DisplayName("Verschiedene Unternehmen bleiben verschieden")
  void differentCompaniesStayApart() {
    assertThat(normalizeName("Müller Bau GmbH")).isNotEqualTo(normalizeName("Müller Holzbau GmbH"));
    assertThat(normalizeName("Meyer Metall AG")).isNotEqualTo(normalizeName("Meier Metall AG"));
    assertThat(normalizeName("Stadtwerke Halle GmbH")).isNotEqualTo(normalizeName("Stadtwerke Halle-Neustadt GmbH"));
  }

  @Test
  @DisplayName("Nur die Rechtsform am Ende wird entfernt, nicht ein Wort im Namen und nie der ganze Name")
  void onlyTrailingLegalForm() {
    assertThat(normalizeName("AG Bau Sachsen-Anhalt GmbH")).isEqualTo("agbausachsenanhalt");
    assertThat(normalizeName("KG Transport")).isEqualTo("kgtransport");
    assertThat(normalizeName("GmbH")).isEqualTo("gmbh");
    assertThat(normalizeName("Firma")).isEqualTo("firma");
  }

  @Test
  @DisplayName("Leere Eingaben ergeben einen leeren Namen")
  void empty() {
    assertThat(normalizeName(null)).isEmpty();
    assertThat(normalizeName("  ")).isEmpty();
    assertThat(normalizeName("---")).isEmpty();
  }
}
