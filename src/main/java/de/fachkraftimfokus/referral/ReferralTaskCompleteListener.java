package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of the referral's tasks: the same rules as their forms, enforced for REST too. An
 * offer of an outside consultancy is accepted only with the confirmation that it meets the
 * process-consulting standard of agreement 3.4.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class ReferralTaskCompleteListener implements ExecutionListener {

  private final IdentityService identityService;

  ReferralTaskCompleteListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck check = InputCheck.of(execution.getVariables());
    switch (execution.getCurrentActivityId()) {
      case ReferralProcess.Element.ACCEPT_REFERRAL -> {
        check.oneOf(Var.REFERRAL_DECISION, "Entscheidung", List.of(ReferralProcess.ACCEPT, ReferralProcess.DECLINE));
        boolean accept = ReferralProcess.ACCEPT.equals(execution.getVariable(Var.REFERRAL_DECISION));
        boolean decline = ReferralProcess.DECLINE.equals(execution.getVariable(Var.REFERRAL_DECISION));
        if (decline) {
          check.requiredText(Var.DECLINE_REASON, "Grund der Ablehnung");
        }
        check.rule(!accept || !ReferralProcess.externalConsultancy(execution)
                || Boolean.TRUE.equals(execution.getVariable(Var.PROCESS_CONSULTING_STANDARD)),
            Var.PROCESS_CONSULTING_STANDARD, "Standard der Prozessberatung (3.4)",
            "bei externer Beratung zu bestätigen: Die Beratung stärkt die Eigenkompetenz des Unternehmens");
        check.orThrow();
        execution.setVariable(Var.ACCEPTED, accept);
        Authentication user = identityService.getCurrentAuthentication();
        String by = user == null ? null : user.getUserId();
        if (by != null) {
          execution.setVariable(Var.ACCEPTED_BY, by);
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
      default -> throw new IllegalStateException("Keine Prüfung für Aufgabe " + execution.getCurrentActivityId());
    }
    check.orThrow();
  }
}
