package de.fachkraftimfokus.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Working days in Sachsen-Anhalt: Monday to Friday without the state's public holidays (fixed
 * ones, including Heilige Drei Könige on 6 January and Reformationstag on 31 October, and the
 * Easter-dependent ones). Deadlines such as "within five working days" are counted with it.
 *
 * <p>Computed rather than looked up, so it needs no library and no yearly update.
 */
@Service
public class WorkingDays {

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  /**
   * Now in Sachsen-Anhalt by the engine's clock, the one clock of the platform: tests and the demo
   * seeding move it, and every "today" of a check or deadline follows it.
   */
  public static ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
  }

  /** Today in Sachsen-Anhalt by the engine's clock ({@link #now()}). */
  public static LocalDate today() {
    return now().toLocalDate();
  }

  private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
      MonthDay.of(1, 1),   // Neujahr
      MonthDay.of(1, 6),   // Heilige Drei Könige
      MonthDay.of(5, 1),   // Tag der Arbeit
      MonthDay.of(10, 3),  // Tag der Deutschen Einheit
      MonthDay.of(10, 31), // Reformationstag
      MonthDay.of(12, 25), // 1. Weihnachtstag
      MonthDay.of(12, 26)); // 2. Weihnachtstag

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
  }

  public boolean isPublicHoliday(LocalDate date) {
    return FIXED_HOLIDAYS.contains(MonthDay.from(date)) || easterHolidays(date.getYear()).contains(date);
  }

  /**
   * The moment {@code days} working days after {@code start}, at the same time of day: counting
   * starts with the next day, weekends and holidays are skipped.
   */
  public ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    ZonedDateTime result = start;
    int counted = 0;
    while (counted < days) {
      result = result.plusDays(1);
      if (isWorkingDay(result.toLocalDate())) {
        counted++;
      }
    }
    return result;
  }

  public ZonedDateTime plusWorkingDaysFromNow(int days) {
    return plusWorkingDays(now(), days);
  }

  /** Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag. */
  private static Set<LocalDate> easterHolidays(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days = new HashSet<>();
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(easter.plusDays(39));
    days.add(easter.plusDays(50));
    return days;
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
