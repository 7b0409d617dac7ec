package de.fachkraftimfokus.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.advisorycase.OfferRecommender;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
@DisplayName("Region zum Landkreis über die deployte Entscheidungstabelle")
class RegionResolverTest {

  @Autowired RegionResolver resolver;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName("Die deployte Tabelle kennt alle 14 Landkreise wie das District-Enum")
  void allDistricts() {
    for (District district : District.values()) {
      assertThat(resolver.regionOf(district.id())).as(district.id()).isEqualTo(district.region().id());
    }
  }

  @Test
  @DisplayName("Ein unbekannter Landkreis ist ein klarer Fehler, kein stiller Standard")
  void unknownDistrict() {
    assertThatThrownBy(() -> resolver.regionOf("berlin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unbekannter Landkreis „berlin“");
    assertThatThrownBy(() -> resolver.regionOf(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Auch ein angemeldeter Partner ohne Rechte auf Entscheidungen erhält die Region (Plattform wertet aus)")
  void worksForAuthenticatedPartner() {
    identityService.setAuthentication("pfiff.magdeburg", List.of(PartnerGroup.PFIFF.id(), "pfiff-magdeburg"));
    assertThat(resolver.regionOf(District.BOERDE.id())).isEqualTo(Region.MAGDEBURG.id());
  }

  @Test
  @DisplayName("Alle drei Tabellen sind deployt, mit Versionskennung 1.0 und Aufbewahrungsfrist 180 Tage")
  void decisionsDeployed() {
    for (String key : List.of(RegionResolver.DECISION_KEY, OfferRecommender.OFFER_DECISION, OfferRecommender.PATH_DECISION)) {
      DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
          .decisionDefinitionKey(key).latestVersion().singleResult();
      assertThat(definition).as(key).isNotNull();
      assertThat(definition.getVersionTag()).as(key).isEqualTo("1.0");
      assertThat(definition.getHistoryTimeToLive()).as(key).isEqualTo(180);
      assertThat(definition.getName()).as(key).isNotBlank();
    }
  }
}
