package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The initiator withdrew the activity before it was published: „zurückgezogen“, it no longer clashes. */
@Component("withdrawPublicActivityDelegate")
class WithdrawPublicActivityDelegate implements JavaDelegate {

  private final PublicActivityRegister register;

  WithdrawPublicActivityDelegate(PublicActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.withdraw(execution.getProcessBusinessKey(), Var.BRAND_FIX_NOTE.require(execution).trim());
  }
}
