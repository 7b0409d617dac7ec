package de.fachkraftimfokus.jourfixe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static final List<String> PARTNERS = List.of("stk", "mw", "ms", "network-kmu", "pfiff", "transferzentren");

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
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("stk", "mw"));
    rotation.setAbsent(name, PARTNERS, "ms", true);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("mw", "network-kmu"));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("network-kmu", "pfiff"));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("pfiff", "transferzentren"));
    rotation.setAbsent(name, PARTNERS, "stk", true);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("transferzentren", "mw"));
    rotation.setAbsent(name, PARTNERS, "ms", false);
    rotation.setAbsent(name, PARTNERS, "stk", false);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("stk", "mw"));
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("mw", "ms"));
    assertThat(rotation.order(name)).containsExactlyElementsOf(PARTNERS);
  }

  @Test
  @DisplayName("Für eine entschuldigte Rolle springt der nächste Partner der Reihenfolge ein – nicht der Inhaber der anderen Rolle, kein Abwesender; die Rotation bleibt stehen")
  void standInIsTheNextAvailablePartner() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("stk", "mw"));
    // stk (moderation) excused: mw takes the minutes, so ms stands in
    assertThat(rotation.standIn(name, PARTNERS, "stk", List.of("stk", "mw"))).isEqualTo("ms");
    // mw (minutes) excused, ms excused as well: network-kmu
    assertThat(rotation.standIn(name, PARTNERS, "mw", List.of("mw", "ms", "stk"))).isEqualTo("network-kmu");
    // the order wraps around; a partner marked absent in the rotation is never a stand-in
    rotation.setAbsent(name, PARTNERS, "stk", true);
    assertThat(rotation.standIn(name, PARTNERS, "transferzentren", List.of("transferzentren", "mw"))).isEqualTo("ms");
    assertThatThrownBy(() -> rotation.standIn(name, PARTNERS, "mw", List.of("mw", "ms", "network-kmu", "pfiff",
        "transferzentren"))).hasMessageContaining("mindestens zwei anwesende Partner");
    // standing in does not move the rotation
    rotation.setAbsent(name, PARTNERS, "stk", false);
    assertThat(rotation.nextTurn(name, PARTNERS)).isEqualTo(new RotationService.Turn("mw", "ms"));
  }

  @Test
  @DisplayName("Mit nur einem anwesenden Partner wird keine Rolle vergeben, sondern deutlich abgelehnt")
  void needsTwoPresentPartners() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    List<String> two = List.of("stk", "mw");
    rotation.setAbsent(name, two, "mw", true);
    assertThatThrownBy(() -> rotation.nextTurn(name, two)).hasMessageContaining("mindestens zwei anwesende Partner");
    assertThatThrownBy(() -> rotation.setAbsent(name, two, "pfiff", true)).hasMessageContaining("pfiff");
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
    assertThat(moderators).containsExactly("stk", "mw", "ms", "network-kmu", "pfiff", "transferzentren", "stk", "mw");
    assertThat(jdbc.queryForObject("SELECT next_position FROM jf_rotation_state WHERE rotation_name = ?",
        Integer.class, name)).isEqualTo(2);
  }

  @Test
  @DisplayName("Ein neu eingeladener Partner reiht sich hinten ein; die Reihenfolge der anderen bleibt")
  void newPartnerJoinsAtTheEnd() {
    RotationService rotation = new RotationService(jdbc);
    String name = rotationName();
    List<String> three = List.of("stk", "mw", "ms");
    assertThat(rotation.nextTurn(name, three).moderatorGroup()).isEqualTo("stk");
    List<String> four = List.of("weiterbildung", "stk", "mw", "ms");
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn("mw", "ms"));
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn("ms", "weiterbildung"));
    assertThat(rotation.nextTurn(name, four)).isEqualTo(new RotationService.Turn("weiterbildung", "stk"));
    assertThat(rotation.order(name)).containsExactly("stk", "mw", "ms", "weiterbildung");
  }
}
