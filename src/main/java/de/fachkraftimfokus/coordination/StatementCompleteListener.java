package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code giveStatement}: an objection or remark needs a text (which the form cannot
 * require for just those answers), and the statement is recorded in the register for the partner of
 * this task. The statement variables are local to the task (input mapping in the model), so partners
 * never see each other's drafts. Tasks cancelled by the deadline end without a check: the model's
 * next step records „Zustimmung durch Fristablauf“.
 */
@Component("statementCompleteListener")
class StatementCompleteListener extends TaskCompletion {

  private final ActivityRegister register;

  StatementCompleteListener(ActivityRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Object statement = Var.STATEMENT.get(execution);
    Object text = Var.STATEMENT_TEXT.get(execution);
    InputCheck check = InputCheck.of(execution.getVariables());
    if (StatementKind.EINWAND.name().equals(statement) || StatementKind.ANMERKUNG.name().equals(statement)) {
      check.rule(text instanceof String t && !t.isBlank(), Var.STATEMENT_TEXT, "Begründung / Anmerkung",
          "bei einem Einwand oder einer Anmerkung erforderlich");
    }
    check.orThrow();
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    register.recordStatement(execution.getProcessBusinessKey(), Var.ROUND.get(execution),
        Var.STATEMENT_PARTNER.get(execution), StatementKind.valueOf((String) statement),
        text instanceof String t && !t.isBlank() ? t.trim() : null,
        user != null ? user.getUserId() : null);
  }
}
