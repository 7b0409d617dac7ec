package de.fachkraftimfokus.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Working days in Sachsen-Anhalt: Monday to Friday except the public holidays of the state
 * (Feiertagsgesetz Sachsen-Anhalt). Deadlines such as "10 working days" are counted here, so that
 * every process counts them the same way.
 *
 * <p>Own calculation instead of a holiday library: the state's holidays are few and stable, the
 * moving ones follow from Easter Sunday (Gauss/Meeus algorithm), and the tests pin each of them
 * for 2026 and 2027.
 */
@Service
public class WorkingDays {

  private static final Map<MonthDay, String> FIXED = Map.of(
      MonthDay.of(1, 1), "Neujahr",
      MonthDay.of(1, 6), "Heilige Drei Könige",
      MonthDay.of(5, 1), "Tag der Arbeit",
      MonthDay.of(10, 3), "Tag der Deutschen Einheit",
      MonthDay.of(10, 31), "Reformationstag",
      MonthDay.of(12, 25), "1. Weihnachtstag",
      MonthDay.of(12, 26), "2. Weihnachtstag");

  /** The public holidays of Sachsen-Anhalt in the year, by date, with their German names. */
  public Map<LocalDate, String> holidays(int year) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
    LocalDate easter = easterSunday(year);
    holidays.put(easter.minusDays(2), "Karfreitag");
    holidays.put(easter.plusDays(1), "Ostermontag");
    holidays.put(easter.plusDays(39), "Christi Himmelfahrt");
    holidays.put(easter.plusDays(50), "Pfingstmontag");
    return holidays;
  }

  public boolean isHoliday(LocalDate date) {
    return holidays(date.getYear()).containsKey(date);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /**
   * The date that lies the given number of working days after {@code start}; {@code start} itself
   * does not count (a request made on Monday with 1 working day is due on Tuesday).
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < workingDays) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
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
