package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.process.VariableText;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sums up a round: any objection or overlap sends the request to the initiator for resolution. */
@Component("evaluateRoundDelegate")
class EvaluateRoundDelegate implements JavaDelegate {

  private final ActivityRegister register;

  EvaluateRoundDelegate(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    int round = Var.ROUND.get(execution);
    List<ActivityRegister.Statement> statements = register.statements(businessKey, round);
    boolean objection = statements.stream().anyMatch(s -> s.kind() == StatementKind.EINWAND);
    boolean needed = objection || Var.OVERLAPS_FOUND.isTrue(execution);
    Var.RESOLUTION_NEEDED.set(execution, needed);
    Var.ROUND_SUMMARY.set(execution, VariableText.fit(summary(round, statements)));
    if (needed) {
      register.setState(businessKey, ActivityState.IN_KLAERUNG, null);
    }
  }

  static String summary(int round, List<ActivityRegister.Statement> statements) {
    if (statements.isEmpty()) {
      return "Runde " + round + ": keine Partner zur Stellungnahme aufgefordert.";
    }
    return statements.stream()
        .map(s -> "• " + s.partnerGroup() + ": " + s.kind().germanName() + (s.text() == null ? "" : " – " + s.text()))
        .collect(Collectors.joining("\n", "Stellungnahmen der Runde " + round + ":\n", ""));
  }
}
