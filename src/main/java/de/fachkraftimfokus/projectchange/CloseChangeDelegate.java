package de.fachkraftimfokus.projectchange;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Änderung abschließen</i>: table brought up to date (or not needed), every region informed, event held. */
@Component("closeChangeDelegate")
class CloseChangeDelegate implements JavaDelegate {

  private final ProjectChangeService service;

  CloseChangeDelegate(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.close(execution.getProcessBusinessKey());
  }
}
