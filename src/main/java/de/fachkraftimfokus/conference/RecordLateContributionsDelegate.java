package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contribution deadline passed: the open tasks are closed, the partners still silent noted as late. */
@Component("recordLateContributionsDelegate")
class RecordLateContributionsDelegate implements JavaDelegate {

  private final ConferenceRegister register;

  RecordLateContributionsDelegate(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> late = register.markLate(execution.getProcessBusinessKey());
    Var.LATE_CONTRIBUTIONS.set(execution, late.isEmpty() ? "keine"
        : "Nicht bis zur Frist eingereicht: " + ConferenceTexts.partners(late) + ".");
  }
}
