package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;

/** The Jour fixes themselves: business keys, the reserved dates, roles, the texts sent, the state. */
@Service
public class Meetings {

  private final MeetingRepository meetings;
  private final JdbcAggregateOperations aggregates;
  private final YearlyNumbers numbers;
  private final JourFixeCalendar calendar;

  Meetings(MeetingRepository meetings, JdbcAggregateOperations aggregates, YearlyNumbers numbers,
      JourFixeCalendar calendar) {
    this.meetings = meetings;
    this.aggregates = aggregates;
    this.numbers = numbers;
    this.calendar = calendar;
  }

  /** The next business key of the year, {@code JF-<year>-<2 digits>}. */
  public String nextBusinessKey(int year) {
    return JourFixeProcess.businessKey(year, numbers.next(JourFixeProcess.NUMBER_SERIES, year));
  }

  public Meeting meeting(String businessKey) {
    return meetings.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("Jour fixe " + businessKey + " ist nicht gespeichert"));
  }

  /** The open Jour fixe on this date, if any. */
  public Optional<String> openOn(LocalDate date) {
    return meetings.findByOpenDate(date).map(Meeting::businessKey);
  }

  /** The date a Jour fixe started by the schedule takes: the first free one after the lead time. */
  public LocalDate scheduledDate() {
    LocalDate date = calendar.earliestScheduledDate();
    while (openOn(date).isPresent()) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** Reserves the date for a new Jour fixe; refuses it in German when another is open on that date. */
  public void reserve(String businessKey, LocalDate date, MeetingStart startedBy) {
    refuseTakenDate(date, businessKey);
    try {
      aggregates.insert(Meeting.planned(businessKey, date, startedBy));
    } catch (RuntimeException e) {
      if (!causedBy(e, DuplicateKeyException.class)) {
        throw e;
      }
      // another start took the date since the check; PostgreSQL allows no further query in this transaction
      throw taken(date, null);
    }
  }

  public void assignRoles(String businessKey, RotationService.Turn turn) {
    change(businessKey, meeting -> meeting.withRoles(turn));
  }

  /** Confirms the date (maybe a new one), the roles (maybe swapped, with the reason) and who is excused. */
  public void confirm(String businessKey, LocalDate date, RotationService.Turn turn, String reason,
      List<String> absent) {
    refuseTakenDate(date, businessKey);
    change(businessKey, meeting -> meeting.confirmed(date, turn, reason, absent));
  }

  /** The agenda is final: its text goes out with the invitation to the meeting. */
  public void agendaFinalized(String businessKey, String agendaText) {
    change(businessKey, meeting -> meeting.withAgenda(agendaText));
  }

  public void minutesRecorded(String businessKey, String minutesText) {
    change(businessKey, meeting -> meeting.withMinutes(minutesText));
  }

  public void close(String businessKey) {
    change(businessKey, Meeting::closed);
  }

  private void change(String businessKey, UnaryOperator<Meeting> step) {
    meetings.save(step.apply(meeting(businessKey)));
  }

  private void refuseTakenDate(LocalDate date, String ownKey) {
    Optional<String> taken = openOn(date).filter(key -> !key.equals(ownKey));
    if (taken.isPresent()) {
      throw taken(date, taken.get());
    }
  }

  private static InvalidInputException taken(LocalDate date, String otherKey) {
    return new InvalidInputException(List.of(new FieldError(JourFixeProcess.Var.MEETING_DATE.name(), "Termin",
        "am " + JourFixeCalendar.german(date) + " ist bereits ein Jour fixe geplant"
            + (otherKey == null ? "" : " (" + otherKey + ")"))));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
