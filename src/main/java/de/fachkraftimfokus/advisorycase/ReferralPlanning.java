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
    return Var.REFERRAL_OFFER_IDS.get(execution);
  }

  public String nextBusinessKey(DelegateExecution execution) {
    DelegateExecution caseInstance = execution.getProcessInstance();
    Object counter = Var.REFERRAL_COUNTER.get(caseInstance);
    int next = (counter instanceof Number number ? number.intValue() : 0) + 1;
    Var.REFERRAL_COUNTER.set(caseInstance, next);
    return caseInstance.getProcessBusinessKey() + "-W" + next;
  }
}
