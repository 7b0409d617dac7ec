package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.publicactivity.PublicActivityProcess.DateDecision;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records what the initiator decided in <i>Termin abstimmen</i>: a moved activity takes its new
 * days (and is checked again), a combined one names the other activity, a kept one its reason.
 */
@Component("dateDecisionDelegate")
class DateDecisionDelegate implements JavaDelegate {

  private final PublicActivityRegister register;

  DateDecisionDelegate(PublicActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DateDecision decision = Var.DATE_DECISION.require(execution);
    LocalDate start = Var.PERIOD_START.require(execution);
    LocalDate end = Var.PERIOD_END.get(execution);
    String combinedWith = null;
    if (decision == DateDecision.VERSCHIEBEN) {
      start = Var.NEW_PERIOD_START.require(execution);
      end = Var.NEW_PERIOD_END.get(execution);
      Var.PERIOD_START.set(execution, start);
      Var.PERIOD_END.set(execution, end);
    } else if (decision == DateDecision.ZUSAMMENLEGEN) {
      combinedWith = Var.COMBINE_WITH.require(execution);
    }
    Var.DATE_MOVED.set(execution, decision == DateDecision.VERSCHIEBEN);
    register.recordDateDecision(execution.getProcessBusinessKey(), decision.name(),
        PublicActivityProcess.trimmed(Var.DATE_DECISION_NOTE.get(execution)), combinedWith, start,
        end == null ? start : end);
  }
}
