package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.notification.Notifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Partner erinnern</i>: the acceptance is overdue; reminds the accepting group once. */
@Component
class PartnerReminderDelegate implements JavaDelegate {

  static final String TEMPLATE = "referral-reminder";

  private final Notifier notifier;

  PartnerReminderDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendOnce(execution.getProcessBusinessKey() + "-erinnerung",
        notifier.addressesOfGroups(List.of(Var.ACCEPT_GROUP.get(execution))), TEMPLATE,
        ReferralMails.model(execution));
  }
}
