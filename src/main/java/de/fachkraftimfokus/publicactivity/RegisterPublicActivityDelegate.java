package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Enters the announcement in the activity register, „in Vorbereitung“: from now on other workshops
 * and events are checked against it, though it is not yet published (read API, calendar).
 */
@Component("registerPublicActivityDelegate")
class RegisterPublicActivityDelegate implements JavaDelegate {

  private final PublicActivityRegister register;

  RegisterPublicActivityDelegate(PublicActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicActivity activity = PublicActivityProcess.activityOf(execution.getProcessBusinessKey(), execution);
    register.insert(activity);
    Var.BRAND_CHECKS.set(execution, 0);
    Var.CLASH_ROUND.set(execution, 0);
    Var.COORDINATED_KIND.set(execution, activity.kind().isCoordinated());
  }
}
