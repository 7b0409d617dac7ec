package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the deadline: the open contribution tasks are closed; who did not contribute is noted. */
@Component("lateContributionsDelegate")
class LateContributionsDelegate implements JavaDelegate {

  private final Contributions contributions;

  LateContributionsDelegate(Contributions contributions) {
    this.contributions = contributions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Var.LATE_GROUPS.set(execution,
        contributions.recordLate(execution.getProcessBusinessKey(), Var.PARTICIPANT_GROUPS.get(execution)));
  }
}
