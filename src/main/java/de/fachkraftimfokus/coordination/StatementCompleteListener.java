package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code giveStatement}: checks the statement (an objection or remark needs a
 * text) and records it in the register for the partner of this task. The statement variables are
 * local to the task (input mapping in the model), so partners never see each other's drafts.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener: the
 * engine wraps task-listener exceptions into a generic error (HTTP 500), this way Tasklist and
 * the REST API answer 400 with the German message, and the completion is rolled back. Tasks
 * cancelled by the deadline end without a check.
 */
@Component("statementCompleteListener")
class StatementCompleteListener implements ExecutionListener {

  private final ActivityRegister register;

  StatementCompleteListener(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // deadline passed: recorded as „Zustimmung durch Fristablauf“ by the model's next step
    }
    Object statement = execution.getVariable(Var.STATEMENT);
    Object text = execution.getVariable(Var.STATEMENT_TEXT);
    InputCheck check = InputCheck.of(execution.getVariables())
        .oneOf(Var.STATEMENT, "Stellungnahme", StatementKind.selectable())
        .optionalText(Var.STATEMENT_TEXT, "Begründung / Anmerkung");
    if (StatementKind.EINWAND.name().equals(statement) || StatementKind.ANMERKUNG.name().equals(statement)) {
      check.rule(text instanceof String t && !t.isBlank(), Var.STATEMENT_TEXT, "Begründung / Anmerkung",
          "bei einem Einwand oder einer Anmerkung erforderlich");
    }
    check.orThrow();
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    register.recordStatement(execution.getProcessBusinessKey(), (Integer) execution.getVariable(Var.ROUND),
        (String) execution.getVariable(Var.STATEMENT_PARTNER), StatementKind.valueOf((String) statement),
        text instanceof String t && !t.isBlank() ? t.trim() : null,
        user != null ? user.getUserId() : null);
  }
}
