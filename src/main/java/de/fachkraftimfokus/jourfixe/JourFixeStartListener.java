package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.validation.InputCheck;
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

  private final JourFixeService service;

  JourFixeStartListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate date;
    String startedBy;
    if (!START_BY_SCHEDULE.equals(execution.getCurrentActivityId())) {
      InputCheck check = InputCheck.of(execution.getVariables());
      date = check.dateOf(MEETING_DATE);
      check.rule(date != null, MEETING_DATE, "Termin", "Pflichtfeld")
          .rule(date == null || !date.isBefore(LocalDate.now(JourFixeService.BERLIN)), MEETING_DATE, "Termin",
              "darf nicht in der Vergangenheit liegen").orThrow();
      startedBy = "MANUELL";
    } else {
      date = service.timerMeetingDate();
      startedBy = "ZEITPLAN";
    }
    int year = date.getYear();
    BusinessKeys.assign(execution, () -> service.nextBusinessKey(year));
    service.reserve(execution.getProcessBusinessKey(), date, startedBy);
    execution.setVariable(MEETING_DATE, date.toString());
  }
}
