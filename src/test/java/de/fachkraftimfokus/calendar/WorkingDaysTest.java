package de.fachkraftimfokus.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Arbeitstage in Sachsen-Anhalt")
class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays();

  @Test
  @DisplayName("Fünf Arbeitstage über Weihnachten überspringen Feiertage und Wochenende")
  void christmas() {
    ZonedDateTime start = LocalDate.of(2026, 12, 23).atTime(10, 0).atZone(WorkingDays.ZONE);
    assertThat(workingDays.plusWorkingDays(start, 5)).isEqualTo(LocalDate.of(2026, 12, 31).atTime(10, 0).atZone(WorkingDays.ZONE));
  }

  @Test
  @DisplayName("Heilige Drei Könige und Reformationstag sind in Sachsen-Anhalt frei")
  void stateHolidays() {
    assertThat(workingDays.isPublicHoliday(LocalDate.of(2027, 1, 6))).isTrue();
    assertThat(workingDays.isPublicHoliday(LocalDate.of(2026, 10, 31))).isTrue();
    assertThat(workingDays.isPublicHoliday(LocalDate.of(2026, 11, 18))).as("Buß- und Bettag nur in Sachsen").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 1, 7))).isTrue();
  }

  @Test
  @DisplayName("Ostern und die davon abhängigen Feiertage")
  void easter() {
    assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    ZonedDateTime maundyThursday = LocalDate.of(2026, 4, 2).atStartOfDay(WorkingDays.ZONE);
    assertThat(workingDays.plusWorkingDays(maundyThursday, 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(workingDays.isPublicHoliday(LocalDate.of(2026, 5, 14))).as("Christi Himmelfahrt").isTrue();
    assertThat(workingDays.isPublicHoliday(LocalDate.of(2026, 5, 25))).as("Pfingstmontag").isTrue();
  }
}
