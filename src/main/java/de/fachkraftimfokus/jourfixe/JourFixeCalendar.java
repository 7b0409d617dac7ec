package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The Jour fixe's date arithmetic, in the platform's zone {@link WorkingDays#ZONE}: when the meeting
 * is over, when contributions are due, when an action item is due, the date a scheduled Jour fixe
 * aims at. Also the one place where Java writes a date in German (templates format their own).
 */
@Component
public class JourFixeCalendar {

  /** A deadline on a day ends with the day's last minute. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final JourFixeProperties properties;

  JourFixeCalendar(JourFixeProperties properties) {
    this.properties = properties;
  }

  /** When the meeting is over and the minutes can be written (timer {@code waitForMeeting}). */
  public Date meetingEndsAt(LocalDate meetingDate) {
    return at(meetingDate, LocalTime.of(properties.meetingEndHour(), 0));
  }

  /** Contributions are due at the end of the day {@code contributionDays} before the meeting. */
  public Date contributionDueAt(LocalDate meetingDate) {
    return endOf(meetingDate.minusDays(properties.contributionDays()));
  }

  /** The end of a due day (e.g. an action item's task due date). */
  public Date endOf(LocalDate day) {
    return at(day, END_OF_DAY);
  }

  /** The earliest date a Jour fixe started by the schedule may take: today plus the lead time. */
  public LocalDate earliestScheduledDate() {
    return today().plusDays(properties.leadDays());
  }

  public static LocalDate today() {
    return WorkingDays.today();
  }

  /** The day of a moment, in the platform's zone. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, WorkingDays.ZONE);
  }

  public static LocalDate dayOf(Date date) {
    return dayOf(date.toInstant());
  }

  /** {@code 01.09.2031}. */
  public static String german(LocalDate day) {
    return GERMAN_DATE.format(day);
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(WorkingDays.ZONE).toInstant());
  }
}
