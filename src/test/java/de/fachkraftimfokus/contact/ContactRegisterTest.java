package de.fachkraftimfokus.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.company.Company;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.PlatformTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Kontaktregister: wer mit welchem Unternehmen in Kontakt ist (3.3)")
class ContactRegisterTest {

  static final String NETWORK_KMU = PartnerGroup.NETWORK_KMU.id();
  static final String PFIFF = PartnerGroup.PFIFF.id();
  static final String HALLE = Region.HALLE.id();
  static final Duration WINDOW = Duration.ofDays(180);

  @Autowired ContactRegister register;
  @Autowired CompanyRegistry companies;
  @Autowired ContactProperties properties;
  @Autowired JdbcTemplate jdbc;

  long companyId;
  String caseKey;

  @BeforeEach
  void newCompany() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Company company = companies.findOrCreate(new CompanyData("Saale Logistik " + unique + " GmbH", "06112",
        District.HALLE.id(), "H", "50-249"));
    companyId = company.id();
    caseKey = "BF-2026-" + unique;
  }

  @Test
  @DisplayName("Erster Kontakt: die Prüfung übernimmt den Kontakt sofort und meldet keinen Konflikt")
  void firstClaimRegisters() {
    ClaimResult result = register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW);

    assertThat(result.claimed()).isTrue();
    assertThat(result.conflicts()).isEmpty();
    assertThat(register.activeFor(companyId)).singleElement().satisfies(contact -> {
      assertThat(contact.partnerGroup()).isEqualTo(NETWORK_KMU);
      assertThat(contact.region()).isEqualTo(HALLE);
      assertThat(contact.reference()).isEqualTo(caseKey);
      assertThat(contact.topic()).isEqualTo("Clearing");
      assertThat(contact.registeredBy()).isEqualTo("coach.halle");
      assertThat(contact.coordinated()).isFalse();
      assertThat(contact.active()).isTrue();
      assertThat(contact.since()).isBeforeOrEqualTo(Instant.now());
    });
  }

  @Test
  @DisplayName("Ist ein anderer Partner in Kontakt, wird nichts registriert und der Konflikt gemeldet")
  void otherPartnerInContactIsAConflict() {
    Contact pfiff = register.register(companyId, PFIFF, HALLE, "PFIFF-4711", "Stellenbesetzung", "pfiff.halle", false);

    ClaimResult result = register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW);

    assertThat(result.claimed()).isFalse();
    assertThat(result.conflicts()).containsExactly(pfiff);
    assertThat(register.activeFor(companyId)).containsExactly(pfiff);
  }

  @Test
  @DisplayName("Ein zweiter Beratungsfall desselben Unternehmens ist ebenfalls ein Konflikt, ein wiederholter Aufruf desselben Falls nicht")
  void sameReferenceAgainIsNoConflict() {
    assertThat(register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW)
        .claimed()).isTrue();
    assertThat(register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW)
        .claimed()).isTrue();
    assertThat(register.activeFor(companyId)).hasSize(1);

    ClaimResult second = register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey + "X", "Clearing",
        "coach.halle", WINDOW);
    assertThat(second.claimed()).isFalse();
    assertThat(second.conflicts()).extracting(Contact::reference).containsExactly(caseKey);
  }

  @Test
  @DisplayName("Kontakte der eigenen Weitervermittlungen (…-W1) sind kein Konflikt")
  void ownReferralsAreNoConflict() {
    register.register(companyId, PFIFF, HALLE, caseKey + "-W1", "Weitervermittlung", "pfiff.halle", true);
    assertThat(register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW)
        .claimed()).isTrue();
  }

  @Test
  @DisplayName("Ein beendeter Kontakt zählt noch, solange sein Ende im Zeitfenster liegt, danach nicht mehr")
  void endedContactCountsWithinWindow() {
    Contact recent = register.register(companyId, PFIFF, HALLE, "PFIFF-1", "Matching", "pfiff.halle", false);
    Contact old = register.register(companyId, PFIFF, HALLE, "PFIFF-2", "Matching", "pfiff.halle", false);
    endAt(recent, Instant.now().minus(Duration.ofDays(10)));
    endAt(old, Instant.now().minus(Duration.ofDays(200)));

    ClaimResult within = register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW);
    assertThat(within.claimed()).isFalse();
    assertThat(within.conflicts()).extracting(Contact::reference).containsExactly("PFIFF-1");

    ClaimResult shortWindow = register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing",
        "coach.halle", Duration.ofDays(5));
    assertThat(shortWindow.claimed()).isTrue();
  }

  @Test
  @DisplayName("Das Zeitfenster ist konfigurierbar, Standard 180 Tage")
  void defaultWindow() {
    assertThat(properties.doubleApproachWindow()).isEqualTo(Duration.ofDays(180));
    assertThat(register.doubleApproachWindow()).isEqualTo(Duration.ofDays(180));
    register.register(companyId, PFIFF, HALLE, "PFIFF-3", "Matching", "pfiff.halle", false);
    assertThat(register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle")
        .claimed()).isFalse();
  }

  @Test
  @DisplayName("Registrieren ist je Referenz und Partner idempotent, solange der Kontakt aktiv ist")
  void registerIsIdempotent() {
    Contact first = register.register(companyId, PFIFF, HALLE, caseKey + "-W1", "Weitervermittlung", "pfiff.halle", true);
    Contact again = register.register(companyId, PFIFF, HALLE, caseKey + "-W1", "Weitervermittlung", "pfiff.halle", true);
    assertThat(again).isEqualTo(first);
    assertThat(first.coordinated()).isTrue();

    register.endByReference(caseKey + "-W1");
    Contact afterEnd = register.register(companyId, PFIFF, HALLE, caseKey + "-W1", "Weitervermittlung", "pfiff.halle", true);
    assertThat(afterEnd.id()).isNotEqualTo(first.id());
    assertThat(register.byReference(caseKey + "-W1")).hasSize(2);
  }

  @Test
  @DisplayName("Fall- und Weitervermittlungsende schließen die Kontakte, wiederholt ohne Wirkung")
  void endingContacts() {
    register.claimOrReportConflicts(companyId, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW);
    register.register(companyId, PFIFF, HALLE, caseKey + "-W1", "Weitervermittlung", "pfiff.halle", true);
    register.register(companyId, PartnerGroup.EINZELPROJEKTE.id(), HALLE, caseKey + "-W2", "Weitervermittlung", "projekt", true);

    assertThat(register.endByReference(caseKey + "-W1")).isEqualTo(1);
    assertThat(register.endByReference(caseKey + "-W1")).isZero();
    assertThat(register.activeFor(companyId)).extracting(Contact::reference).containsExactly(caseKey, caseKey + "-W2");

    assertThat(register.endByCase(caseKey)).isEqualTo(2);
    assertThat(register.endByCase(caseKey)).isZero();
    assertThat(register.activeFor(companyId)).isEmpty();
    assertThat(register.byReference(caseKey)).singleElement().satisfies(c -> assertThat(c.endedAt()).isNotNull());
  }

  @Test
  @DisplayName("Ein Partner beendet nur eigene Kontakte")
  void endOnlyOwnContact() {
    Contact pfiff = register.register(companyId, PFIFF, HALLE, "PFIFF-9", "Matching", "pfiff.halle", false);
    assertThat(register.end(pfiff.id(), NETWORK_KMU)).isFalse();
    assertThat(register.find(pfiff.id()).orElseThrow().active()).isTrue();
    assertThat(register.end(pfiff.id(), PFIFF)).isTrue();
    assertThat(register.find(pfiff.id()).orElseThrow().active()).isFalse();
    assertThat(register.end(pfiff.id(), PFIFF)).isTrue();
    assertThat(register.end(-1, PFIFF)).isFalse();
    assertThat(register.find(-1)).isEmpty();
  }

  @Test
  @DisplayName("Die Auflösung einer Doppelansprache wird für den Jour-fixe-Bericht festgehalten")
  void recordsResolution() {
    assertThat(register.resolutionOf(caseKey)).isEmpty();
    register.recordResolution(caseKey, companyId, ApproachOutcome.WE_LEAD.name(), PartnerGroup.PFIFF.id());
    assertThat(register.resolutionOf(caseKey)).contains("WE_LEAD");
    register.recordResolution(caseKey, companyId, ApproachOutcome.OTHER_LEADS.name(), PartnerGroup.PFIFF.id());
    assertThat(register.resolutionOf(caseKey)).contains("OTHER_LEADS");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_double_approach WHERE reference = ?", Integer.class, caseKey))
        .isEqualTo(1);
    assertThatThrownBy(() -> register.recordResolution(caseKey, companyId, "VIELLEICHT", PartnerGroup.PFIFF.id()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unbekanntes Ergebnis");
  }

  @Test
  @DisplayName("Unbekanntes Unternehmen und fehlende Angaben werden abgewiesen")
  void refusesBadInput() {
    assertThatThrownBy(() -> register.claimOrReportConflicts(-1, NETWORK_KMU, HALLE, caseKey, "Clearing", "coach.halle", WINDOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unbekanntes Unternehmen");
    assertThatThrownBy(() -> register.register(companyId, PFIFF, HALLE, " ", "Matching", "pfiff.halle", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Referenz");
    assertThatThrownBy(() -> register.register(companyId, PFIFF, HALLE, "R", null, "pfiff.halle", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Thema");
  }

  private void endAt(Contact contact, Instant endedAt) {
    jdbc.update("UPDATE fkif_contact SET ended_at = ?, since = ? WHERE id = ?", Timestamp.from(endedAt),
        Timestamp.from(endedAt.minus(Duration.ofDays(30))), contact.id());
  }
}
