package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code giveStatement}: checks the statement (an objection needs a reason) and
 * records it in the register for the partner of this task. The statement variables are local to
 * the task (input mapping in the model), so partners never see each other's drafts in the form.
 */
@Component("statementCompleteListener")
class StatementCompleteListener implements TaskListener {

  private final ActivityRegister register;

  StatementCompleteListener(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    Object statement = task.getVariable(Var.STATEMENT);
    Object text = task.getVariable(Var.STATEMENT_TEXT);
    InputCheck check = InputCheck.of(task.getVariables())
        .oneOf(Var.STATEMENT, "Stellungnahme", StatementKind.selectable())
        .optionalText(Var.STATEMENT_TEXT, "Begründung / Anmerkung");
    if (StatementKind.EINWAND.name().equals(statement) || StatementKind.ANMERKUNG.name().equals(statement)) {
      check.rule(text instanceof String t && !t.isBlank(), Var.STATEMENT_TEXT, "Begründung / Anmerkung",
          "bei einem Einwand oder einer Anmerkung erforderlich");
    }
    check.orThrow();
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    register.recordStatement(task.getExecution().getProcessBusinessKey(), (Integer) task.getVariable(Var.ROUND),
        (String) task.getVariable(Var.STATEMENT_PARTNER), StatementKind.valueOf((String) statement),
        text instanceof String t && !t.isBlank() ? t.trim() : null,
        user != null ? user.getUserId() : task.getAssignee());
  }
}
