package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionKind;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code submitContribution} (one per partner): a contribution has a title and a
 * duration, a talk, workshop or best-practice company its speaker (a name, nothing more). „Kein
 * Beitrag“ needs nothing. Recorded for the partner group the task was for.
 */
@Component("submitContributionListener")
class SubmitContributionListener extends TaskCompletion {

  private final ConferenceRegister register;

  SubmitContributionListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    ContributionKind kind = Var.CONTRIBUTION_KIND.get(execution);
    String title = AnnualConferenceProcess.trimmed(Var.CONTRIBUTION_TITLE.get(execution));
    String speaker = AnnualConferenceProcess.trimmed(Var.SPEAKER.get(execution));
    Long minutes = Var.DURATION_MINUTES.get(execution);
    InputCheck check = InputCheck.of(Map.of());
    check.rule(kind != null, Var.CONTRIBUTION_KIND, "Art des Beitrags", "Pflichtfeld");
    boolean contributes = kind != null && kind != ContributionKind.KEIN_BEITRAG;
    if (contributes) {
      check.rule(title != null, Var.CONTRIBUTION_TITLE, "Titel", "Pflichtfeld bei einem Beitrag");
      check.rule(minutes != null && minutes >= 5 && minutes <= 480, Var.DURATION_MINUTES, "Dauer (Minuten)",
          "zwischen 5 und 480 Minuten");
      check.rule(kind == ContributionKind.STAND || speaker != null, Var.SPEAKER, "Referentin / Referent",
          "bei einem Vortrag, Workshop oder Praxisbeispiel bitte den Namen angeben");
    }
    check.orThrow();
    register.submit(execution.getProcessBusinessKey(), Var.CONTRIBUTION_PARTNER.require(execution), kind,
        contributes ? title : null, contributes ? speaker : null, contributes ? minutes.intValue() : null,
        contributes ? AnnualConferenceProcess.trimmed(Var.NEEDS.get(execution)) : null,
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
            : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
  }
}
