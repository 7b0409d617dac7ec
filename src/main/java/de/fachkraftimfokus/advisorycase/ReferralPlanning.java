package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the model's call activity <i>An Partner weitervermitteln</i>: which offers to refer now
 * (multi-instance collection) and the next referral number {@code <case>-W<n>} (business key).
 */
@Component("referralPlanning")
public class ReferralPlanning {

  public List<String> offerIds(DelegateExecution execution) {
    return AdvisoryCaseProcess.referralOfferIds(execution);
  }

  public String nextBusinessKey(DelegateExecution execution) {
    DelegateExecution caseInstance = execution.getProcessInstance();
    Object counter = caseInstance.getVariable(Var.REFERRAL_COUNTER);
    int next = (counter instanceof Number number ? number.intValue() : 0) + 1;
    caseInstance.setVariable(Var.REFERRAL_COUNTER, next);
    return caseInstance.getProcessBusinessKey() + "-W" + next;
  }
}
