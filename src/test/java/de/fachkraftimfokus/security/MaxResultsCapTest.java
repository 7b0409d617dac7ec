package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.support.PlatformTest;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The cap on {@code maxResults} stops huge queries but must not break Tasklist, which always loads
 * the list of filter definitions in pages of 2,000.
 */
@PlatformTest
class MaxResultsCapTest {

  private static final String COACH_HARZ = "coach.harz";
  private static final int TASKLIST_FILTER_PAGE = 2000;

  @Autowired TestRestTemplate rest;
  @Autowired IdentityProperties identity;
  @Autowired SecurityProperties security;
  @Autowired FilterService filterService;

  @Test
  @DisplayName("Die Filterliste darf wie von Tasklist mit maxResults=2000 abgefragt werden")
  void filterDefinitionsMayBePagedLikeTasklistDoes() {
    ResponseEntity<String> response = get("/engine-rest/filter?resourceType=Task&maxResults=" + TASKLIST_FILTER_PAGE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("Aufgaben meiner Gruppen");
  }

  @Test
  @DisplayName("Aufgabenabfragen und ausgeführte Filter bleiben auf maxResults begrenzt")
  void taskQueriesAndFilterResultsStayCapped() {
    int tooMany = security.maxResults() + 1;
    String filterId = filterService.createFilterQuery().filterName("Aufgaben meiner Gruppen").singleResult().getId();

    assertThat(get("/engine-rest/task?maxResults=" + tooMany).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/engine-rest/filter/" + filterId + "/list?maxResults=" + tooMany).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/engine-rest/task?maxResults=" + security.maxResults()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> get(String path) {
    return rest.withBasicAuth(COACH_HARZ, identity.demoPassword()).getForEntity(path, String.class);
  }
}
