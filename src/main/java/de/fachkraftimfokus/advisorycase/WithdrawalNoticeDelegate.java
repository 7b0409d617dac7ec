package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.notification.Notifier;
import de.fachkraftimfokus.referral.ReferralProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Partner über Rückzug informieren</i>: every partner whose referral the withdrawal cancelled
 * learns that it is void (their task disappeared with it). The referrals report themselves when
 * cancelled ({@link ReferralProcess.Var#CANCELLED_REFERRALS}). Asynchronous and retried; one mail
 * per referral, never twice.
 */
@Component
class WithdrawalNoticeDelegate implements JavaDelegate {

  static final String TEMPLATE = "referral-withdrawn";

  private final Notifier notifier;

  WithdrawalNoticeDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReferralProcess.CancelledReferral> cancelled = ReferralProcess.Var.CANCELLED_REFERRALS.get(execution);
    for (ReferralProcess.CancelledReferral referral : cancelled) {
      Map<String, Object> model = new HashMap<>();
      model.put("referralKey", referral.referralKey());
      model.put("caseKey", execution.getProcessBusinessKey());
      model.put("offerName", referral.offerName() == null ? "" : referral.offerName());
      model.put("companyName", referral.companyName() == null ? "" : referral.companyName());
      notifier.sendOnce(referral.referralKey() + "-rueckzug",
          notifier.addressesOfGroups(List.of(referral.acceptGroup())), TEMPLATE, model);
    }
  }
}
