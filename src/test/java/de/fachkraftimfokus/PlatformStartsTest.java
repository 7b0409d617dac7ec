package de.fachkraftimfokus;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class PlatformStartsTest {

  @Autowired IdentityService identityService;

  @Test
  @DisplayName("Die Plattform startet und legt die Gruppen der Kooperationsvereinbarung an")
  void startsWithGroups() {
    assertThat(identityService.createGroupQuery().groupId("network-kmu-harz").count()).isEqualTo(1);
  }
}
