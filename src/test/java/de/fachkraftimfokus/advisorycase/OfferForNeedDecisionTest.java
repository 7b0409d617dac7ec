package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.OfferRecommender.INPUT_NEED;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OFFER_DECISION;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OUTPUT_EXTERNAL_CONSULTANCY;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OUTPUT_OFFER_ID;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OUTPUT_OFFER_NAME;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.OUTPUT_PARTNER_GROUP;
import static de.fachkraftimfokus.identity.PartnerGroup.AUSBILDUNGSCOACHES;
import static de.fachkraftimfokus.identity.PartnerGroup.EINZELPROJEKTE;
import static de.fachkraftimfokus.identity.PartnerGroup.NETWORK_KMU;
import static de.fachkraftimfokus.identity.PartnerGroup.PFIFF;
import static de.fachkraftimfokus.identity.PartnerGroup.TRANSFERZENTREN;
import static de.fachkraftimfokus.identity.PartnerGroup.WEITERBILDUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.fachkraftimfokus.decision.DecisionTables;
import de.fachkraftimfokus.identity.PartnerGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Tabelle offer-for-need: Handlungsfeld → Angebote (COLLECT)")
class OfferForNeedDecisionTest {

  private static final DecisionTables TABLE = DecisionTables.load(OFFER_DECISION);

  @Test
  @DisplayName("Fachkräftegewinnung → PFIFF")
  void recruiting() {
    assertThat(offers(FieldOfAction.RECRUITING)).containsExactly(
        tuple("pfiff-fachkraeftegewinnung", PFIFF.id(), false));
  }

  @Test
  @DisplayName("Ausbildung → Ausbildungscoaches der Kammern")
  void apprenticeship() {
    assertThat(offers(FieldOfAction.APPRENTICESHIP)).containsExactly(
        tuple("ausbildungscoaches-ausbildung", AUSBILDUNGSCOACHES.id(), false));
  }

  @Test
  @DisplayName("Hochschulabsolventen und Studierende → Transferzentren")
  void graduates() {
    assertThat(offers(FieldOfAction.GRADUATES)).containsExactly(
        tuple("transferzentren-matching", TRANSFERZENTREN.id(), false));
  }

  @Test
  @DisplayName("Weiterbildung → Förderprogramm WEITERBILDUNG und wissenschaftliche Weiterbildung der Transferzentren")
  void furtherTraining() {
    assertThat(offers(FieldOfAction.FURTHER_TRAINING)).containsExactly(
        tuple("weiterbildung-foerderung", WEITERBILDUNG.id(), false),
        tuple("transferzentren-wissenschaftliche-weiterbildung", TRANSFERZENTREN.id(), false));
  }

  @Test
  @DisplayName("Personal- und Organisationsentwicklung → Einzelprojekt (externe Prozessberatung) und Personalpools")
  void hrDevelopment() {
    assertThat(offers(FieldOfAction.HR_DEVELOPMENT)).containsExactly(
        tuple("einzelprojekte-personalentwicklung", EINZELPROJEKTE.id(), true),
        tuple("weiterbildung-personalpools", WEITERBILDUNG.id(), false));
  }

  @Test
  @DisplayName("Attraktivität, Diversity, Gesundheitsmanagement → Einzelprojekte mit externer Prozessberatung")
  void organisationalTopics() {
    assertThat(offers(FieldOfAction.ATTRACTIVENESS)).containsExactly(
        tuple("einzelprojekte-attraktivitaet", EINZELPROJEKTE.id(), true));
    assertThat(offers(FieldOfAction.DIVERSITY)).containsExactly(
        tuple("einzelprojekte-diversity", EINZELPROJEKTE.id(), true));
    assertThat(offers(FieldOfAction.HEALTH_MANAGEMENT)).containsExactly(
        tuple("einzelprojekte-gesundheit", EINZELPROJEKTE.id(), true));
  }

  @Test
  @DisplayName("Zielgruppen → Einzelprojekt")
  void targetGroups() {
    assertThat(offers(FieldOfAction.TARGET_GROUPS)).containsExactly(
        tuple("einzelprojekte-zielgruppen", EINZELPROJEKTE.id(), false));
  }

  @Test
  @DisplayName("Übergang Schule–Beruf → Einzelprojekt und (dasselbe Angebot wie bei Ausbildung) Ausbildungscoaches")
  void schoolToWork() {
    assertThat(offers(FieldOfAction.SCHOOL_TO_WORK)).containsExactly(
        tuple("einzelprojekte-uebergaenge", EINZELPROJEKTE.id(), false),
        tuple("ausbildungscoaches-ausbildung", AUSBILDUNGSCOACHES.id(), false));
  }

  @Test
  @DisplayName("Vernetzung leistet der Regiocoach selbst (network-kmu, keine Weitervermittlung)")
  void networking() {
    assertThat(offers(FieldOfAction.NETWORKING)).containsExactly(
        tuple("regiocoach-vernetzung", NETWORK_KMU.id(), false));
  }

  @ParameterizedTest
  @EnumSource(FieldOfAction.class)
  @DisplayName("Jedes Handlungsfeld des Clearingformulars hat mindestens ein Angebot eines bekannten Partners mit deutschem Namen")
  void everyNeedHasAnOffer(FieldOfAction need) {
    List<Map<String, Object>> rows = TABLE.evaluate(Map.of(INPUT_NEED, need.id()));
    assertThat(rows).isNotEmpty();
    Set<String> groups = PartnerGroup.workingPartners().stream().map(PartnerGroup::id).collect(Collectors.toSet());
    for (Map<String, Object> row : rows) {
      assertThat((String) row.get(OUTPUT_PARTNER_GROUP)).isIn(groups);
      assertThat((String) row.get(OUTPUT_OFFER_NAME)).isNotBlank();
      assertThat(row.get(OUTPUT_EXTERNAL_CONSULTANCY)).isInstanceOf(Boolean.class);
    }
  }

  @Test
  @DisplayName("Ein Angebot mit derselben Kennung hat überall denselben Namen und Partner")
  void offerIdsAreConsistent() {
    Map<String, List<Object>> seen = new HashMap<>();
    for (FieldOfAction need : FieldOfAction.values()) {
      for (Map<String, Object> row : TABLE.evaluate(Map.of(INPUT_NEED, need.id()))) {
        List<Object> facts = List.of(row.get(OUTPUT_OFFER_NAME), row.get(OUTPUT_PARTNER_GROUP),
            row.get(OUTPUT_EXTERNAL_CONSULTANCY));
        List<Object> earlier = seen.putIfAbsent((String) row.get(OUTPUT_OFFER_ID), facts);
        assertThat(earlier == null ? facts : earlier).as((String) row.get(OUTPUT_OFFER_ID)).isEqualTo(facts);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"recruiting", "UNBEKANNT", ""})
  @DisplayName("Ein unbekanntes Handlungsfeld ergibt kein Angebot")
  void unknownNeed(String need) {
    assertThat(TABLE.evaluate(Map.of(INPUT_NEED, need))).isEmpty();
  }

  private static List<org.assertj.core.groups.Tuple> offers(FieldOfAction need) {
    return TABLE.evaluate(Map.of(INPUT_NEED, need.id())).stream()
        .map(row -> tuple(row.get(OUTPUT_OFFER_ID), row.get(OUTPUT_PARTNER_GROUP), row.get(OUTPUT_EXTERNAL_CONSULTANCY)))
        .toList();
  }
}
