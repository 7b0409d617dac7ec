package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.Contributions.Contribution;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Completion of {@code prepareContribution}: stores one participant's contribution. */
@Component("contributionListener")
class ContributionListener extends TaskCompletion {

  private final Contributions contributions;

  ContributionListener(Contributions contributions) {
    this.contributions = contributions;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    contributions.save(execution.getProcessBusinessKey(), new Contribution(Var.PARTICIPANT_GROUP.require(execution),
        text(execution, Var.EXPERIENCES), text(execution, Var.PLANNED_CHANGES), text(execution, Var.INTERFACE_PROBLEMS),
        text(execution, Var.FUNDING_SUGGESTIONS), text(execution, Var.PROPOSED_TOPICS), false));
  }

  /** The field's text, trimmed; null when left empty. */
  private static String text(VariableScope scope, Variable<String> field) {
    return Minutes.text(field.get(scope));
  }
}
