package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.FieldOfAction.*;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_HIGH;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_LOW;
import static de.fachkraftimfokus.advisorycase.OfferRecommender.URGENCY_NORMAL;
import static de.fachkraftimfokus.advisorycase.Recommendation.GRUNDBERATUNG;
import static de.fachkraftimfokus.advisorycase.Recommendation.KOORDINIERTE_BEGLEITUNG;
import static de.fachkraftimfokus.advisorycase.Recommendation.WEITERVERMITTLUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
@DisplayName("Empfehlung nach dem Clearing: Angebote und Weg aus den deployten Tabellen")
class OfferRecommenderTest {

  @Autowired OfferRecommender recommender;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Test
  @DisplayName("Ein spezialisierter Bedarf → Weitervermittlung an PFIFF")
  void singleNeed() {
    Recommendation recommendation = recommender.recommend(List.of(RECRUITING), URGENCY_NORMAL);
    assertThat(recommendation.offers()).extracting(Offer::partnerGroup).containsExactly(PartnerGroup.PFIFF.id());
    assertThat(recommendation.path()).isEqualTo(WEITERVERMITTLUNG);
  }

  @Test
  @DisplayName("Nur Vernetzung → Grundberatung, das Angebot leistet der Regiocoach selbst")
  void networkingOnly() {
    Recommendation recommendation = recommender.recommend(List.of(NETWORKING), URGENCY_HIGH);
    assertThat(recommendation.offers()).singleElement().satisfies(offer -> {
      assertThat(offer.partnerGroup()).isEqualTo(PartnerGroup.NETWORK_KMU.id());
      assertThat(offer.needsReferral()).isFalse();
    });
    assertThat(recommendation.path()).isEqualTo(GRUNDBERATUNG);
  }

  @Test
  @DisplayName("Keine Handlungsfelder → Grundberatung ohne Angebote")
  void noNeeds() {
    Recommendation recommendation = recommender.recommend(List.of(), null);
    assertThat(recommendation.offers()).isEmpty();
    assertThat(recommendation.path()).isEqualTo(GRUNDBERATUNG);
  }

  @Test
  @DisplayName("Ein Angebot für zwei Handlungsfelder erscheint einmal; zwei Partner, zwei Felder: dringend → koordiniert, sonst Weitervermittlung")
  void deduplicatesAndUrgency() {
    Recommendation normal = recommender.recommend(List.of(APPRENTICESHIP, SCHOOL_TO_WORK, APPRENTICESHIP), URGENCY_NORMAL);
    assertThat(normal.offers()).extracting(Offer::offerId)
        .containsExactly("ausbildungscoaches-ausbildung", "einzelprojekte-uebergaenge");
    assertThat(normal.path()).isEqualTo(WEITERVERMITTLUNG);
    assertThat(recommender.recommend(List.of(APPRENTICESHIP, SCHOOL_TO_WORK), URGENCY_LOW).path())
        .isEqualTo(WEITERVERMITTLUNG);
    assertThat(recommender.recommend(List.of(APPRENTICESHIP, SCHOOL_TO_WORK), URGENCY_HIGH).path())
        .isEqualTo(KOORDINIERTE_BEGLEITUNG);
  }

  @Test
  @DisplayName("Mehrere Felder bei einem Partner bleiben Weitervermittlung; drei Partner → koordinierte Begleitung")
  void spreadAcrossPartners() {
    Recommendation onePartner = recommender.recommend(List.of(ATTRACTIVENESS, DIVERSITY, HEALTH_MANAGEMENT), URGENCY_HIGH);
    assertThat(onePartner.offers()).hasSize(3).allSatisfy(o -> assertThat(o.externalConsultancy()).isTrue());
    assertThat(onePartner.path()).isEqualTo(WEITERVERMITTLUNG);

    Recommendation three = recommender.recommend(List.of(RECRUITING, GRADUATES, APPRENTICESHIP, NETWORKING), URGENCY_LOW);
    assertThat(three.offers()).hasSize(4);
    assertThat(three.path()).isEqualTo(KOORDINIERTE_BEGLEITUNG);
  }

  @Test
  @DisplayName("Eine unbekannte Dringlichkeit wird abgewiesen")
  void unknownUrgency() {
    assertThatThrownBy(() -> recommender.recommend(List.of(RECRUITING), "SOFORT"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dringlichkeit");
  }

  @Test
  @DisplayName("Die Empfehlung übersteht JSON als Prozessvariable (Jackson und Spin)")
  void jsonRoundTrip() throws Exception {
    Recommendation recommendation = recommender.recommend(List.of(HR_DEVELOPMENT, NETWORKING), URGENCY_NORMAL);
    ObjectMapper mapper = new ObjectMapper();
    String json = mapper.writeValueAsString(recommendation);
    assertThat(json).doesNotContain("needsReferral");
    assertThat(mapper.readValue(json, Recommendation.class)).isEqualTo(recommendation);
    assertThat(Spin.JSON(json).mapTo(Recommendation.class)).isEqualTo(recommendation);
    Offer offer = recommendation.offers().get(0);
    assertThat(Spin.JSON(Spin.JSON(offer).toString()).mapTo(Offer.class)).isEqualTo(offer);
  }

  @Test
  @DisplayName("Die Empfehlung lässt sich als JSON-Prozessvariable speichern und wieder lesen (Deserialisierungsprüfung an)")
  void processVariableRoundTrip() {
    Recommendation recommendation = recommender.recommend(List.of(HR_DEVELOPMENT, NETWORKING), URGENCY_NORMAL);
    String key = "recommendation-roundtrip-" + UUID.randomUUID().toString().substring(0, 8);
    Deployment deployment = repositoryService.createDeployment().name(key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().userTask().endEvent().done())
        .deploy();
    try {
      String instanceId = runtimeService.startProcessInstanceByKey(key).getId();
      runtimeService.setVariable(instanceId, "recommendation",
          Variables.objectValue(recommendation).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      runtimeService.setVariable(instanceId, "offers",
          Variables.objectValue(new ArrayList<>(recommendation.offers()))
              .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      assertThat(runtimeService.getVariable(instanceId, "recommendation")).isEqualTo(recommendation);
      assertThat(runtimeService.getVariable(instanceId, "offers")).isEqualTo(recommendation.offers());
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  @DisplayName("Handlungsfelder aus den Kennungen des Formulars")
  void fieldsFromIds() {
    assertThat(FieldOfAction.fromIds(List.of("RECRUITING", "NETWORKING", "RECRUITING"))).containsExactly(RECRUITING, NETWORKING);
    assertThatThrownBy(() -> FieldOfAction.fromIds(List.of("recruiting")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unbekanntes Handlungsfeld");
    assertThat(FieldOfAction.ids()).hasSize(11);
  }
}
