package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Element;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a Jour fixe (both start events): gives it its business key {@code JF-<year>-<nn>} and
 * reserves the date. A manual start names the date and is refused when another Jour fixe is open on
 * it; a start by the schedule (timer) takes the first free date after the lead time.
 */
@Component("jourFixeStartListener")
class JourFixeStartListener implements ExecutionListener {

  private final Meetings meetings;

  JourFixeStartListener(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate date;
    MeetingStart start;
    if (!Element.START_BY_SCHEDULE.equals(execution.getCurrentActivityId())) {
      InputCheck check = InputCheck.of(execution.getVariables());
      date = check.dateOf(Var.MEETING_DATE);
      check.rule(date != null, Var.MEETING_DATE, "Termin", "Pflichtfeld")
          .rule(date == null || !date.isBefore(JourFixeCalendar.today()), Var.MEETING_DATE, "Termin",
              "darf nicht in der Vergangenheit liegen").orThrow();
      start = MeetingStart.MANUELL;
    } else {
      date = meetings.scheduledDate();
      start = MeetingStart.ZEITPLAN;
    }
    int year = date.getYear();
    BusinessKeys.assign(execution, () -> meetings.nextBusinessKey(year));
    meetings.reserve(execution.getProcessBusinessKey(), date, start);
    Var.MEETING_DATE.set(execution, date);
  }
}
