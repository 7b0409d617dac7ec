package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code approveMinutes}: approve, or send back with a comment.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener: the
 * engine wraps task-listener exceptions into a generic error (HTTP 500); this way Tasklist and the
 * REST API answer 400 with the German message, and the completion is rolled back.
 */
@Component("approveMinutesListener")
class ApproveMinutesListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    InputCheck check = InputCheck.of(execution.getVariables())
        .oneOf(MINUTES_APPROVAL, "Freigabe", List.of(APPROVE, REVISE))
        .optionalText(APPROVAL_COMMENT, "Anmerkungen");
    if (REVISE.equals(execution.getVariable(MINUTES_APPROVAL))) {
      check.requiredText(APPROVAL_COMMENT, "Anmerkungen");
    }
    check.orThrow();
  }
}
