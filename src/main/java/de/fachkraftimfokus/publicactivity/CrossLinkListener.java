package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkAnswer;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code pointToActivity} (agreement 1.1): a partner that points to the activity
 * gives the web address, one that does not says why — which the form asks only for that answer.
 * The answer is recorded in the register for the partner of this task. The answer's variables are
 * local to the task (input mapping), so partners never see each other's drafts. Tasks closed by the
 * deadline end without a check; the model's next step records them as silent.
 */
@Component("crossLinkListener")
class CrossLinkListener extends TaskCompletion {

  private final PublicActivityRegister register;

  CrossLinkListener(PublicActivityRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    CrossLinkAnswer answer = Var.CROSS_LINK_ANSWER.get(execution);
    String url = PublicActivityProcess.trimmed(Var.CROSS_LINK_URL.get(execution));
    String reason = PublicActivityProcess.trimmed(Var.CROSS_LINK_REASON.get(execution));
    InputCheck check = InputCheck.of(Map.of());
    check.rule(answer != null, Var.CROSS_LINK_ANSWER, "Ihre Rückmeldung", "Pflichtfeld");
    if (answer == CrossLinkAnswer.VERLINKT) {
      check.rule(url != null && PublicActivityProcess.URL.matcher(url).matches(), Var.CROSS_LINK_URL,
          "Adresse des Hinweises", "die Adresse der Seite, die auf die Aktivität hinweist (https://…)");
    } else if (answer == CrossLinkAnswer.NICHT_VERLINKT) {
      check.rule(reason != null, Var.CROSS_LINK_REASON, "Begründung", "bitte sagen, warum nicht verlinkt wird");
    }
    check.orThrow();
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    register.answerCrossLink(execution.getProcessBusinessKey(), Var.CROSS_LINK_PARTNER.require(execution),
        answer == CrossLinkAnswer.VERLINKT ? CrossLinkState.VERLINKT : CrossLinkState.NICHT_VERLINKT,
        answer == CrossLinkAnswer.VERLINKT ? url : null, answer == CrossLinkAnswer.VERLINKT ? null : reason,
        user == null ? null : user.getUserId());
  }
}
