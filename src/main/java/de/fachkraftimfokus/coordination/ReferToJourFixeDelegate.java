package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.agenda.JourFixeAgenda;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the request as an agenda item of the next Jour fixe, which decides it (clause 2.2). */
@Component("referToJourFixeDelegate")
class ReferToJourFixeDelegate implements JavaDelegate {

  private final ActivityRegister register;
  private final JourFixeAgenda jourFixe;

  ReferToJourFixeDelegate(ActivityRegister register, JourFixeAgenda jourFixe) {
    this.register = register;
    this.jourFixe = jourFixe;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    jourFixe.registerPendingItem(AgendaSource.COORDINATION_REQUEST, businessKey,
        "Vorabstimmung " + businessKey + ": " + Var.TITLE.get(execution),
        "Begründung der Vorlage: " + Var.RESOLUTION_TEXT.get(execution) + "\n\n"
            + Var.ROUND_SUMMARY.get(execution) + "\n\n" + Var.OVERLAP_SUMMARY.get(execution));
    register.setState(businessKey, ActivityState.JOUR_FIXE, null);
  }
}
