package de.fachkraftimfokus.publicactivity;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.coordination.Activity;
import de.fachkraftimfokus.coordination.ActivityState;
import de.fachkraftimfokus.coordination.ActivityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Terminüberschneidung (Nr. 1.3): gleiche Region, Termin im Zeitfenster, gleiches Handlungsfeld")
class ClashCheckTest {

  private final ClashCheck check = new ClashCheck(7);
  private static final LocalDate MARCH_10 = LocalDate.of(2050, 3, 10);

  @Test
  @DisplayName("Zeitfenster ±7 Tage: 7 Tage Abstand überschneiden sich, 8 nicht; in beide Richtungen; Zeiträume zählen ab ihrem Ende")
  void window() {
    PublicActivity announced = workshop("OA-2050-0001", MARCH_10, MARCH_10, List.of("harz"), List.of("APPRENTICESHIP"));
    assertThat(clashes(announced, workshop("OA-2050-0002", MARCH_10.plusDays(7), null, List.of("harz"),
        List.of("APPRENTICESHIP")))).singleElement().satisfies(c -> assertThat(c.reason()).contains("7 Tagen"));
    assertThat(clashes(announced, workshop("OA-2050-0003", MARCH_10.plusDays(8), null, List.of("harz"),
        List.of("APPRENTICESHIP")))).isEmpty();
    assertThat(clashes(announced, workshop("OA-2050-0004", MARCH_10.minusDays(9), MARCH_10.minusDays(7),
        List.of("harz"), List.of("APPRENTICESHIP")))).hasSize(1);
    assertThat(clashes(announced, workshop("OA-2050-0005", MARCH_10.minusDays(20), MARCH_10.minusDays(8),
        List.of("harz"), List.of("APPRENTICESHIP")))).isEmpty();
    assertThat(clashes(announced, workshop("OA-2050-0006", MARCH_10, null, List.of("harz"),
        List.of("APPRENTICESHIP")))).singleElement().satisfies(c -> assertThat(c.reason()).contains("an denselben Tagen"));
    assertThat(new ClashCheck(0).clashesOf(announced, List.of(workshop("OA-2050-0007", MARCH_10.plusDays(1), null,
        List.of("harz"), List.of("APPRENTICESHIP"))), List.of())).as("Fenster 0: nur gleiche Tage").isEmpty();
  }

  @Test
  @DisplayName("Region: eine gemeinsame genügt; landesweit trifft jede Region; andere Region nicht")
  void region() {
    PublicActivity announced = workshop("OA-2050-0010", MARCH_10, null, List.of("harz", "halle"), List.of("DIVERSITY"));
    assertThat(clashes(announced, workshop("OA-2050-0011", MARCH_10, null, List.of("halle"), List.of("DIVERSITY"))))
        .hasSize(1);
    assertThat(clashes(announced, workshop("OA-2050-0012", MARCH_10, null, List.of(), List.of("DIVERSITY"))))
        .hasSize(1);
    assertThat(clashes(announced, workshop("OA-2050-0013", MARCH_10, null, List.of("altmark"), List.of("DIVERSITY"))))
        .isEmpty();
  }

  @Test
  @DisplayName("Handlungsfeld: eines gemeinsam genügt; ohne gemeinsames keine Überschneidung")
  void topic() {
    PublicActivity announced = workshop("OA-2050-0020", MARCH_10, null, List.of("harz"), List.of("RECRUITING", "NETWORKING"));
    assertThat(clashes(announced, workshop("OA-2050-0021", MARCH_10, null, List.of("harz"), List.of("NETWORKING"))))
        .hasSize(1);
    assertThat(clashes(announced, workshop("OA-2050-0022", MARCH_10, null, List.of("harz"), List.of("GRADUATES"))))
        .isEmpty();
  }

  @Test
  @DisplayName("Nur Workshops und Veranstaltungen: Pressemitteilungen werden nicht geprüft und stören keinen Workshop; abgesagte, zurückgezogene und die eigene Aktivität zählen nicht")
  void kindsAndStates() {
    PublicActivity workshop = workshop("OA-2050-0030", MARCH_10, null, List.of("harz"), List.of("RECRUITING"));
    PublicActivity press = activity("OA-2050-0031", PublicActivityKind.PRESS_RELEASE, PublicActivityState.VEROEFFENTLICHT);
    assertThat(check.clashesOf(press, List.of(workshop), List.of())).as("Pressemitteilung wird nicht geprüft").isEmpty();
    assertThat(clashes(workshop, press)).as("Pressemitteilung stört keinen Workshop").isEmpty();
    assertThat(clashes(workshop, activity("OA-2050-0032", PublicActivityKind.EVENT, PublicActivityState.IN_VORBEREITUNG)))
        .as("auch eine Aktivität in Vorbereitung").hasSize(1);
    assertThat(clashes(workshop, activity("OA-2050-0033", PublicActivityKind.EVENT, PublicActivityState.ABGESAGT))).isEmpty();
    assertThat(clashes(workshop, activity("OA-2050-0034", PublicActivityKind.COMPANY_WORKSHOP,
        PublicActivityState.ZURUECKGEZOGEN))).isEmpty();
    assertThat(clashes(workshop, workshop)).as("nicht mit sich selbst").isEmpty();
  }

  @Test
  @DisplayName("Vorabstimmungen (Nr. 2.3): Unternehmensbefragungen und öffentliche Darstellungen derselben Region im Fenster; keine Evaluation, keine zurückgezogene")
  void coordinationRequests() {
    PublicActivity workshop = workshop("OA-2050-0040", MARCH_10, null, List.of("harz"), List.of("RECRUITING"));
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0001", ActivityType.COMPANY_SURVEY,
        ActivityState.IN_ABSTIMMUNG, List.of("harz"), MARCH_10.plusDays(5)))))
        .singleElement().satisfies(c -> assertThat(c.reason()).contains("Vorabstimmung (Nr. 2.3)"));
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0002", ActivityType.PUBLIC_PRESENTATION,
        ActivityState.ABGESTIMMT, List.of(), MARCH_10)))).as("landesweite Darstellung").hasSize(1);
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0003", ActivityType.EVALUATION,
        ActivityState.IN_ABSTIMMUNG, List.of("harz"), MARCH_10)))).isEmpty();
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0004", ActivityType.COMPANY_SURVEY,
        ActivityState.ZURUECKGEZOGEN, List.of("harz"), MARCH_10)))).isEmpty();
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0005", ActivityType.COMPANY_SURVEY,
        ActivityState.IN_ABSTIMMUNG, List.of("altmark"), MARCH_10)))).isEmpty();
    assertThat(check.clashesOf(workshop, List.of(), List.of(request("AB-2050-0006", ActivityType.COMPANY_SURVEY,
        ActivityState.IN_ABSTIMMUNG, List.of("harz"), MARCH_10.plusDays(8))))).isEmpty();
  }

  @Test
  @DisplayName("Suchfenster der Datenbankabfrage: vom ersten Tag minus Fenster bis zum letzten plus Fenster")
  void searchWindow() {
    assertThat(check.searchFrom(MARCH_10)).isEqualTo(LocalDate.of(2050, 3, 3));
    assertThat(check.searchTo(MARCH_10)).isEqualTo(LocalDate.of(2050, 3, 17));
  }

  private List<ClashCheck.Clash> clashes(PublicActivity announced, PublicActivity other) {
    return check.clashesOf(announced, List.of(other), List.of());
  }

  private static PublicActivity workshop(String key, LocalDate start, LocalDate end, List<String> regions,
      List<String> topics) {
    PublicActivity a = PublicActivity.announced(key, PublicActivityKind.COMPANY_WORKSHOP, "Workshop " + key, "…", start,
        end, regions, topics, List.of(TargetGroup.UNTERNEHMEN.name()), null, PartnerGroup.PFIFF.id(), "pfiff.harz");
    return a;
  }

  private static PublicActivity activity(String key, PublicActivityKind kind, PublicActivityState state) {
    return new PublicActivity(key, kind, "Aktivität " + key, "…", MARCH_10, MARCH_10, List.of("harz"),
        List.of("RECRUITING"), List.of(), null, PartnerGroup.MS.id(), "ms.referat", state, 1, true, null, null, null, null, null, null, null);
  }

  private static Activity request(String key, ActivityType type, ActivityState state, List<String> regions,
      LocalDate start) {
    return new Activity(key, type, "Vorabstimmung " + key, "…", List.of(), regions, List.of(), start, start.plusDays(2),
        PartnerGroup.MS.id(), 100, "ms.referat", state, 1, null);
  }
}
