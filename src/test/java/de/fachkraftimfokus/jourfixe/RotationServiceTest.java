package de.fachkraftimfokus.jourfixe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Rotation von Moderation und Protokoll (Ziffer 2.2)")
class RotationServiceTest {

  private static final List<String> PARTNERS = List.of(PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id(), PartnerGroup.NETWORK_KMU.id(), PartnerGroup.PFIFF.id(), PartnerGroup.TRANSFERZENTREN.id());

  @Autowired JdbcTemplate jdbc;

  /** Each test its own rotation: on PostgreSQL all test classes share one database. */
  private static String rotationName() {
    return "test-" + UUID.randomUUID();
  }

  @Test
  @DisplayName("Über 60 Jour fixes moderiert jeder Partner reihum, das Protokoll führt der nächste – nie derselbe für beides")
  void longSequence() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    for (int i = 0; i < 60; i++) {
      RotationService.Turn turn = rotation.nextTurn(name, PARTNERS);
      assertThat(turn.moderatorGroup()).isEqualTo(PARTNERS.get(i % 6));
      assertThat(turn.minuteTakerGroup()).isEqualTo(PARTNERS.get((i + 1) % 6));
      assertThat(turn.moderatorGroup()).isNotEqualTo(turn.minuteTakerGroup());
    }
    assertThat(rotation.order(name)).containsExactlyElementsOf(PARTNERS);
  }

  @Test
  @DisplayName("Ein abwesender Partner wird übersprungen, behält aber seinen Platz und ist danach wieder an der Reihe")
  void absentPartnerIsSkipped() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.STK.id(), PartnerGroup.MW.id()));
    rotation.setAbsent(name, PARTNERS, PartnerGroup.MS.id(), true);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.MW.id(), PartnerGroup.NETWORK_KMU.id()));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.NETWORK_KMU.id(), PartnerGroup.PFIFF.id()));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.PFIFF.id(), PartnerGroup.TRANSFERZENTREN.id()));
    rotation.setAbsent(name, PARTNERS, PartnerGroup.STK.id(), true);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.TRANSFERZENTREN.id(), PartnerGroup.MW.id()));
    rotation.setAbsent(name, PARTNERS, PartnerGroup.MS.id(), false);
    rotation.setAbsent(name, PARTNERS, PartnerGroup.STK.id(), false);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.STK.id(), PartnerGroup.MW.id()));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.MW.id(), PartnerGroup.MS.id()));
    assertThat(rotation.order(name)).containsExactlyElementsOf(PARTNERS);
  }

  @Test
  @DisplayName("Für eine entschuldigte Rolle springt der nächste Partner der Reihenfolge ein – nicht der Inhaber der anderen Rolle, kein Abwesender; die Rotation bleibt stehen")
  void standInIsTheNextAvailablePartner() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.STK.id(), PartnerGroup.MW.id()));
    // stk (moderation) excused: mw takes the minutes, so ms stands in
    assertThat(rotation.standIn(name, PARTNERS, PartnerGroup.STK.id(), List.of(PartnerGroup.STK.id(), PartnerGroup.MW.id()))).isEqualTo(PartnerGroup.MS.id());
    // mw (minutes) excused, ms excused as well: network-kmu
    assertThat(rotation.standIn(name, PARTNERS, PartnerGroup.MW.id(), List.of(PartnerGroup.MW.id(), PartnerGroup.MS.id(), PartnerGroup.STK.id()))).isEqualTo(PartnerGroup.NETWORK_KMU.id());
    // the order wraps around; a partner marked absent in the rotation is never a stand-in
    rotation.setAbsent(name, PARTNERS, PartnerGroup.STK.id(), true);
    assertThat(rotation.standIn(name, PARTNERS, PartnerGroup.TRANSFERZENTREN.id(), List.of(PartnerGroup.TRANSFERZENTREN.id(), PartnerGroup.MW.id()))).isEqualTo(PartnerGroup.MS.id());
    assertThatThrownBy(() -> rotation.standIn(name, PARTNERS, PartnerGroup.MW.id(), List.of(PartnerGroup.MW.id(), PartnerGroup.MS.id(), PartnerGroup.NETWORK_KMU.id(), PartnerGroup.PFIFF.id(),
        PartnerGroup.TRANSFERZENTREN.id()))).hasMessageContaining("mindestens zwei anwesende Partner");
    // standing in does not move the rotation
    rotation.setAbsent(name, PARTNERS, PartnerGroup.STK.id(), false);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn(PartnerGroup.MW.id(), PartnerGroup.MS.id()));
  }

  @Test
  @DisplayName("Mit nur einem anwesenden Partner wird keine Rolle vergeben, sondern deutlich abgelehnt")
  void needsTwoPresentPartners() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    List<String> two = List.of(PartnerGroup.STK.id(), PartnerGroup.MW.id());
    rotation.setAbsent(name, two, PartnerGroup.MW.id(), true);
    assertThatThrownBy(() -> rotation.nextTurn(name, two)).hasMessageContaining("mindestens zwei anwesende Partner");
    assertThatThrownBy(() -> rotation.setAbsent(name, two, PartnerGroup.PFIFF.id(), true)).hasMessageContaining(PartnerGroup.PFIFF.id());
  }

  @Test
  @DisplayName("Nach einem Neustart (neue Dienstinstanz, gleiche Datenbank) geht die Rotation dort weiter, wo sie stand")
  void survivesRestart() {
    String name = rotationName();
    List<String> moderators = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // a new service instance per turn: all state is in the database
      moderators.add(new RotationService(jdbc).nextTurn(name, PARTNERS).moderatorGroup());
    }
    assertThat(moderators).containsExactly(PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id(), PartnerGroup.NETWORK_KMU.id(), PartnerGroup.PFIFF.id(), PartnerGroup.TRANSFERZENTREN.id(), PartnerGroup.STK.id(), PartnerGroup.MW.id());
    assertThat(jdbc.queryForObject("SELECT next_position FROM jf_rotation_state WHERE rotation_name = ?",
        Integer.class, name)).isEqualTo(2);
  }

  @Test
  @DisplayName("Ein neu eingeladener Partner reiht sich hinten ein; die Reihenfolge der anderen bleibt")
  void newPartnerJoinsAtTheEnd() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    List<String> three = List.of(PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id());
    assertThat(rotation.nextTurn(name, three).moderatorGroup()).isEqualTo(PartnerGroup.STK.id());
    List<String> four = List.of(PartnerGroup.WEITERBILDUNG.id(), PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id());
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn(PartnerGroup.MW.id(), PartnerGroup.MS.id()));
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn(PartnerGroup.MS.id(), PartnerGroup.WEITERBILDUNG.id()));
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn(PartnerGroup.WEITERBILDUNG.id(), PartnerGroup.STK.id()));
    assertThat(rotation.order(name)).containsExactly(PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id(), PartnerGroup.WEITERBILDUNG.id());
  }
}
