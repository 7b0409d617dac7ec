package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the deadline: the open contribution tasks are closed; who did not contribute is noted. */
@Component("lateContributionsDelegate")
class LateContributionsDelegate implements JavaDelegate {

  private final JourFixeService service;

  LateContributionsDelegate(JourFixeService service) {
    this.service = service;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> participants = (List<String>) execution.getVariable(PARTICIPANT_GROUPS);
    execution.setVariable(LATE_GROUPS,
        new ArrayList<>(service.recordLate(execution.getProcessBusinessKey(), participants)));
  }
}
