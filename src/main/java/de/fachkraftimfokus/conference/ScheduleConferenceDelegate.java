package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.YearlyNumbers;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The yearly date is reached: the conference of the current year starts, unless the Geschäftsstelle
 * started it already from the start form (then nothing happens, and the log says so).
 */
@Component("scheduleConferenceDelegate")
class ScheduleConferenceDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleConferenceDelegate.class);

  private final ConferenceRegister register;

  ScheduleConferenceDelegate(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = YearlyNumbers.currentYear();
    if (register.ofYear(year).isPresent()) {
      LOG.info("Fachveranstaltung {} läuft bereits; der Turnus startet keine zweite", year);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    Var.CONFERENCE_YEAR.put(variables, year);
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByMessage(AnnualConferenceProcess.MESSAGE_SCHEDULED, variables);
  }
}
