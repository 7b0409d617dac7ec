package de.fachkraftimfokus.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Arbeitstage in Sachsen-Anhalt: Feiertage 2026/2027 und Fristen der Vorabstimmung")
class StatementDeadlineWorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays();

  private Set<LocalDate> holidays(int year) {
    Set<LocalDate> holidays = new TreeSet<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (workingDays.isPublicHoliday(day)) {
        holidays.add(day);
      }
    }
    return holidays;
  }

  /** The due day of a statement round started on {@code start} (time of day irrelevant). */
  private LocalDate dueDay(LocalDate start, int days) {
    return workingDays.plusWorkingDays(start.atTime(10, 0).atZone(WorkingDays.ZONE), days).toLocalDate();
  }

  @Test
  @DisplayName("Die Feiertage 2026 sind die elf gesetzlichen Feiertage Sachsen-Anhalts")
  void holidays2026() {
    assertThat(holidays(2026)).containsExactlyInAnyOrder(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3),
        LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 6))).as("Heilige Drei Könige, ein Dienstag").isFalse();
  }

  @Test
  @DisplayName("Die Feiertage 2027 folgen aus Ostersonntag am 28. März 2027")
  void holidays2027() {
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(holidays(2027)).containsExactlyInAnyOrder(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
        LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 10, 3),
        LocalDate.of(2027, 10, 31), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
  }

  @ParameterizedTest(name = "Ostersonntag {0} ist am {1}")
  @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
      "2038,2038-04-25", "2285,2285-03-22"})
  void easter(int year, LocalDate easter) {
    assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  @DisplayName("Frauentag (Berlin) und Buß- und Bettag (Sachsen) sind in Sachsen-Anhalt Arbeitstage")
  void otherStatesHolidaysAreWorkingDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue(); // Monday after 8 March (a Sunday)
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 8))).isTrue(); // Frauentag 2027, a Monday
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 18))).isTrue(); // Buß- und Bettag 2026
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 4))).isTrue(); // Fronleichnam 2026
  }

  @ParameterizedTest(name = "{0} + {1} Arbeitstage = {2} ({3})")
  @CsvSource(delimiter = ';', value = {
      "2026-01-02; 10; 2026-01-19; Heilige Drei Könige (Di 6.1.) und zwei Wochenenden übersprungen",
      "2026-01-05; 1; 2026-01-07; Montag + 1 überspringt den 6. Januar",
      "2026-10-26; 10; 2026-11-09; 31.10.2026 ist ein Samstag",
      "2027-10-25; 10; 2027-11-08; 31.10.2027 ist ein Sonntag",
      "2026-03-27; 10; 2026-04-14; Karfreitag und Ostermontag",
      "2026-12-21; 10; 2027-01-07; Weihnachten, Neujahr und Heilige Drei Könige",
      "2026-05-08; 10; 2026-05-26; Christi Himmelfahrt und Pfingstmontag",
      "2026-09-28; 5; 2026-10-05; Tag der Deutschen Einheit am Samstag",
      "2026-11-06; 10; 2026-11-20; keine Feiertage, zwei Wochenenden",
      "2026-11-07; 1; 2026-11-09; Samstag + 1 = Montag",
      "2026-11-09; 0; 2026-11-09; null Tage = derselbe Tag"})
  void addWorkingDays(LocalDate start, int days, LocalDate due, String why) {
    assertThat(dueDay(start, days)).as(why).isEqualTo(due);
  }

  @Test
  @DisplayName("Reformationstag an einem Werktag (2025: Freitag) ist kein Arbeitstag")
  void reformationDayOnWeekday() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 31))).isFalse();
    assertThat(dueDay(LocalDate.of(2025, 10, 30), 1)).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  @Test
  @DisplayName("Negative Fristen werden abgewiesen")
  void negative() {
    assertThatThrownBy(() -> dueDay(LocalDate.of(2026, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
