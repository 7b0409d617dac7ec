package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of the referral's tasks: the same rules as their forms, enforced for REST too. An
 * offer of an outside consultancy is accepted only with the confirmation that it meets the
 * process-consulting standard of agreement 3.4.
 */
@Component
class ReferralTaskCompleteListener implements TaskListener {

  private final IdentityService identityService;

  ReferralTaskCompleteListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task.getVariables());
    switch (task.getTaskDefinitionKey()) {
      case ReferralProcess.Element.ACCEPT_REFERRAL -> {
        check.oneOf(Var.REFERRAL_DECISION, "Entscheidung", List.of(ReferralProcess.ACCEPT, ReferralProcess.DECLINE));
        boolean accept = ReferralProcess.ACCEPT.equals(task.getVariable(Var.REFERRAL_DECISION));
        boolean decline = ReferralProcess.DECLINE.equals(task.getVariable(Var.REFERRAL_DECISION));
        if (decline) {
          check.requiredText(Var.DECLINE_REASON, "Grund der Ablehnung");
        }
        check.rule(!accept || !ReferralProcess.externalConsultancy(task)
                || Boolean.TRUE.equals(task.getVariable(Var.PROCESS_CONSULTING_STANDARD)),
            Var.PROCESS_CONSULTING_STANDARD, "Standard der Prozessberatung (3.4)",
            "bei externer Beratung zu bestätigen: Die Beratung stärkt die Eigenkompetenz des Unternehmens");
        check.orThrow();
        task.setVariable(Var.ACCEPTED, accept);
        Authentication user = identityService.getCurrentAuthentication();
        String by = task.getAssignee() != null ? task.getAssignee() : user == null ? null : user.getUserId();
        if (by != null) {
          task.setVariable(Var.ACCEPTED_BY, by);
        }
        return;
      }
      case ReferralProcess.Element.FOLLOW_UP_REFERRAL -> check.requiredText(Var.FOLLOW_UP_NOTE, "Ergebnis des Nachfassens");
      case ReferralProcess.Element.DOCUMENT_FIRST_CONTACT -> check
          .requiredDate(Var.FIRST_CONTACT_DATE, "Datum des Erstkontakts")
          .requiredText(Var.FIRST_CONTACT_NOTE, "Inhalt des Erstkontakts");
      case ReferralProcess.Element.REPORT_RESULT -> check
          .oneOf(Var.REFERRAL_OUTCOME, "Ergebnis", ReferralProcess.OUTCOMES)
          .requiredText(Var.RESULT_SUMMARY, "Zusammenfassung für den Regiocoach");
      default -> throw new IllegalStateException("Keine Prüfung für Aufgabe " + task.getTaskDefinitionKey());
    }
    check.orThrow();
  }
}
