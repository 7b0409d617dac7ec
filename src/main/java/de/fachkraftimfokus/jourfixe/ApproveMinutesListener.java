package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code approveMinutes}: approve, or send back with a comment. */
@Component("approveMinutesListener")
class ApproveMinutesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task.getVariables())
        .oneOf(MINUTES_APPROVAL, "Freigabe", List.of(APPROVE, REVISE))
        .optionalText(APPROVAL_COMMENT, "Anmerkungen");
    if (REVISE.equals(task.getVariable(MINUTES_APPROVAL))) {
      check.requiredText(APPROVAL_COMMENT, "Anmerkungen");
    }
    check.orThrow();
  }
}
