package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.process.TaskCompletion;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of the referral's tasks, where their forms cannot say it all: a decline needs its
 * reason and an offer of an outside consultancy is accepted only with the confirmation that it meets
 * the process-consulting standard of agreement 3.4 (the form shows each only for that answer); a
 * first contact cannot lie in the future. Records who accepted.
 */
@Component
class ReferralTaskCompleteListener extends TaskCompletion {

  private final IdentityService identityService;

  ReferralTaskCompleteListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables());
    switch (execution.getCurrentActivityId()) {
      case ReferralProcess.Element.ACCEPT_REFERRAL -> {
        boolean accept = ReferralProcess.ACCEPT.equals(Var.REFERRAL_DECISION.get(execution));
        boolean decline = ReferralProcess.DECLINE.equals(Var.REFERRAL_DECISION.get(execution));
        if (decline) {
          check.requiredText(Var.DECLINE_REASON, "Grund der Ablehnung");
        }
        check.rule(!accept || !Var.EXTERNAL_CONSULTANCY.isTrue(execution)
                || Var.PROCESS_CONSULTING_STANDARD.isTrue(execution),
            Var.PROCESS_CONSULTING_STANDARD, "Standard der Prozessberatung (3.4)",
            "bei externer Beratung zu bestätigen: Die Beratung stärkt die Eigenkompetenz des Unternehmens");
        check.orThrow();
        Var.ACCEPTED.set(execution, accept);
        Authentication user = identityService.getCurrentAuthentication();
        String by = user == null ? null : user.getUserId();
        if (by != null) {
          Var.ACCEPTED_BY.set(execution, by);
        }
      }
      case ReferralProcess.Element.DOCUMENT_FIRST_CONTACT -> {
        LocalDate date = check.dateOf(Var.FIRST_CONTACT_DATE);
        check.rule(date == null || !date.isAfter(WorkingDays.today()), Var.FIRST_CONTACT_DATE,
            "Datum des Erstkontakts", "darf nicht in der Zukunft liegen").orThrow();
      }
      default -> throw new IllegalStateException("Keine Prüfung für Aufgabe " + execution.getCurrentActivityId());
    }
  }
}
