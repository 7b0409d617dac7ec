package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.notification.Notifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Partner benachrichtigen</i>: mail to the accepting group. Asynchronous and retried; the
 * referral's business key is the idempotency key, so a retry never sends it twice.
 */
@Component
class PartnerNotificationDelegate implements JavaDelegate {

  static final String TEMPLATE = "referral-new";

  private final Notifier notifier;

  PartnerNotificationDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendOnce(execution.getProcessBusinessKey(),
        notifier.addressesOfGroups(List.of(Var.ACCEPT_GROUP.get(execution))), TEMPLATE,
        ReferralMails.model(execution));
  }
}
