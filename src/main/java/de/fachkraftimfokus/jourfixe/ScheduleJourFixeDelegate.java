package de.fachkraftimfokus.jourfixe;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The cycle is reached: a new Jour fixe starts (its start event picks the date). */
@Component("scheduleJourFixeDelegate")
class ScheduleJourFixeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByMessage(JourFixeProcess.MESSAGE_SCHEDULED);
  }
}
