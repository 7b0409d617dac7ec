package de.fachkraftimfokus.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Überschneidungsregeln der Vorabstimmung (Nr. 2.3)")
class OverlapCheckTest {

  private final OverlapCheck check = new OverlapCheck();

  private static Activity activity(String key, ActivityType type, List<String> sectors, List<String> regions,
      List<String> sizes, String start, String end) {
    return new Activity(key, type, "Titel " + key, "Beschreibung", sectors, regions, sizes, LocalDate.parse(start),
        LocalDate.parse(end), PartnerGroup.MS.id(), 100, "ms.referat", ActivityState.IN_ABSTIMMUNG, 1, null);
  }

  private static Activity survey(String key, List<String> sectors, List<String> regions, String start, String end) {
    return activity(key, ActivityType.COMPANY_SURVEY, sectors, regions, List.of(), start, end);
  }

  @Test
  @DisplayName("Gleiche Art, gleiche Zielgruppe, überschneidender Zeitraum: Überschneidung")
  void sameTypeSameGroupSameTime() {
    Activity announced = activity("AB-2026-0002", ActivityType.EVALUATION, List.of("C"), List.of("harz"),
        List.of("10-49"), "2026-03-01", "2026-05-31");
    Activity other = activity("AB-2026-0001", ActivityType.EVALUATION, List.of("C", "F"), List.of("harz", "halle"),
        List.of("10-49", "50-249"), "2026-05-31", "2026-07-31");
    assertThat(check.overlapsOf(announced, List.of(other)))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.otherBusinessKey()).isEqualTo("AB-2026-0001");
          assertThat(o.reason()).contains("Gleiche Art (Evaluation bestehender Strukturen)");
        });
  }

  @Test
  @DisplayName("Andere Art bei gleicher Zielgruppe und Zeit: keine Überschneidung")
  void differentType() {
    Activity a = activity("AB-2026-0002", ActivityType.EVALUATION, List.of("C"), List.of("harz"), List.of(),
        "2026-03-01", "2026-05-31");
    Activity b = activity("AB-2026-0001", ActivityType.CONCEPT, List.of("C"), List.of("harz"), List.of(),
        "2026-03-01", "2026-05-31");
    assertThat(check.overlapsOf(a, List.of(b))).isEmpty();
  }

  @Test
  @DisplayName("Gleiche Art und Zeit, aber keine gemeinsame Branche, Region oder Größe: keine Überschneidung")
  void disjointTargetGroups() {
    Activity a = activity("AB-2026-0002", ActivityType.DEMAND_ANALYSIS, List.of("C"), List.of("harz"),
        List.of("1-9"), "2026-03-01", "2026-05-31");
    assertThat(check.overlapsOf(a, List.of(
        activity("AB-2026-0010", ActivityType.DEMAND_ANALYSIS, List.of("F"), List.of("harz"), List.of("1-9"),
            "2026-03-01", "2026-05-31"),
        activity("AB-2026-0011", ActivityType.DEMAND_ANALYSIS, List.of("C"), List.of("halle"), List.of("1-9"),
            "2026-03-01", "2026-05-31"),
        activity("AB-2026-0012", ActivityType.DEMAND_ANALYSIS, List.of("C"), List.of("harz"), List.of("250+"),
            "2026-03-01", "2026-05-31")))).isEmpty();
  }

  @Test
  @DisplayName("Eine leere Auswahl heißt „alle“ und überschneidet sich mit jeder Auswahl")
  void emptyMeansAll() {
    Activity a = activity("AB-2026-0002", ActivityType.CONCEPT, List.of("C"), List.of(), List.of(),
        "2026-03-01", "2026-05-31");
    Activity b = activity("AB-2026-0001", ActivityType.CONCEPT, List.of(), List.of("altmark"), List.of("1-9"),
        "2026-04-01", "2026-04-30");
    assertThat(check.overlapsOf(a, List.of(b))).hasSize(1);
  }

  @Test
  @DisplayName("Gleiche Art und Zielgruppe, aber aufeinanderfolgende Zeiträume: keine Überschneidung (außer Befragungen)")
  void consecutivePeriods() {
    Activity a = activity("AB-2026-0002", ActivityType.EVALUATION, List.of("C"), List.of("harz"), List.of(),
        "2026-06-01", "2026-06-30");
    Activity b = activity("AB-2026-0001", ActivityType.EVALUATION, List.of("C"), List.of("harz"), List.of(),
        "2026-03-01", "2026-05-31");
    assertThat(check.overlapsOf(a, List.of(b))).isEmpty();
  }

  @ParameterizedTest(name = "Befragung endet {0}, nächste beginnt {1}: Abstand {2} Tage → Überschneidung {3}")
  @CsvSource({
      "2026-03-31, 2026-06-28, 89, true",
      "2026-03-31, 2026-06-29, 90, true",
      "2026-03-31, 2026-06-30, 91, false",
      "2026-03-31, 2026-04-01, 1, true",
      "2026-03-31, 2026-03-31, 0, true"})
  void surveyFatigueEdges(LocalDate firstEnd, LocalDate secondStart, long gap, boolean overlap) {
    Activity first = survey("AB-2026-0001", List.of("C"), List.of("altmark"), "2026-03-01", firstEnd.toString());
    // the later survey shares only the sector; other size band — the 90-day rule needs neither region nor size
    Activity second = new Activity("AB-2026-0002", ActivityType.COMPANY_SURVEY, "Zweite", "B", List.of("C", "F"),
        List.of("halle"), List.of("250+"), secondStart, secondStart.plusDays(30), PartnerGroup.MW.id(), 50, null,
        ActivityState.IN_ABSTIMMUNG, 1, null);
    assertThat(OverlapCheck.gapInDays(first.periodStart(), first.periodEnd(), second.periodStart(),
        second.periodEnd())).isEqualTo(gap);
    // the rule is symmetric: whichever was announced first
    assertThat(check.overlapsOf(second, List.of(first))).hasSize(overlap ? 1 : 0);
    assertThat(check.overlapsOf(first, List.of(second))).hasSize(overlap ? 1 : 0);
  }

  @Test
  @DisplayName("Befragungen: gleiche Region genügt, auch bei anderer Branche; 90 Tage auch bei umgekehrter Reihenfolge")
  void surveySameRegionBefore() {
    Activity later = survey("AB-2026-0002", List.of("F"), List.of("harz"), "2026-01-01", "2026-01-31");
    Activity earlierAnnouncedButLater = survey("AB-2026-0001", List.of("C"), List.of("harz"), "2026-05-01",
        "2026-05-31");
    // gap from 31 January to 1 May = 90 days
    assertThat(check.overlapsOf(later, List.of(earlierAnnouncedButLater)))
        .singleElement()
        .satisfies(o -> assertThat(o.reason()).contains("90 Tagen").contains("Befragungsmüdigkeit"));
  }

  @Test
  @DisplayName("Befragungen ohne gemeinsame Branche und Region: keine Überschneidung, selbst zeitgleich")
  void surveysDisjoint() {
    Activity a = survey("AB-2026-0002", List.of("F"), List.of("harz"), "2026-03-01", "2026-03-31");
    Activity b = survey("AB-2026-0001", List.of("C"), List.of("halle"), "2026-03-01", "2026-03-31");
    assertThat(check.overlapsOf(a, List.of(b))).isEmpty();
  }

  @Test
  @DisplayName("Zurückgezogene und abgelehnte Aktivitäten sowie die Aktivität selbst zählen nicht")
  void voidAndSelf() {
    Activity a = survey("AB-2026-0002", List.of("C"), List.of("harz"), "2026-03-01", "2026-03-31");
    Activity withdrawn = new Activity("AB-2026-0001", ActivityType.COMPANY_SURVEY, "T", "D", List.of("C"),
        List.of("harz"), List.of(), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), PartnerGroup.MW.id(), 1, null,
        ActivityState.ZURUECKGEZOGEN, 1, null);
    Activity refused = new Activity("AB-2026-0003", ActivityType.COMPANY_SURVEY, "T", "D", List.of("C"),
        List.of("harz"), List.of(), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), PartnerGroup.MW.id(), 1, null,
        ActivityState.ABGELEHNT, 1, null);
    Activity agreed = new Activity("AB-2026-0004", ActivityType.COMPANY_SURVEY, "T", "D", List.of("C"),
        List.of("harz"), List.of(), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), PartnerGroup.MW.id(), 1, null,
        ActivityState.ABGESTIMMT, 1, null);
    assertThat(check.overlapsOf(a, List.of(a, withdrawn, refused, agreed)))
        .extracting(OverlapCheck.Overlap::otherBusinessKey).containsExactly("AB-2026-0004");
  }
}
