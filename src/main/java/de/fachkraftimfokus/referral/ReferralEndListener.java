package de.fachkraftimfokus.referral;

import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.monitoring.PlatformMetrics;
import de.fachkraftimfokus.process.InstanceGrants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * End of a referral — completed, declined, or cancelled because the company withdrew:
 * <ul>
 *   <li>the partner's contact with the company for this referral ends;</li>
 *   <li>the read grants on this instance (see {@link ReferralStartListener}) are removed —
 *       there is nothing left to read at runtime, and grants must not pile up;</li>
 *   <li>a referral cancelled before reaching an end event is reported to the calling process
 *       ({@link ReferralProcess.Var#CANCELLED_REFERRALS}), which tells the partner.</li>
 * </ul>
 */
@Component
class ReferralEndListener implements ExecutionListener {

  private static final Set<String> END_EVENTS =
      Set.of(ReferralProcess.Element.REFERRAL_COMPLETED, ReferralProcess.Element.REFERRAL_DECLINED);

  private static final Logger LOG = LoggerFactory.getLogger(ReferralEndListener.class);
  static final String ACCEPTED = "ANGENOMMEN";
  static final String DECLINED = "ABGELEHNT";
  static final String CANCELLED = "ENTFALLEN";

  private final ContactRegister contacts;
  private final InstanceGrants grants;
  private final PlatformMetrics metrics;

  ReferralEndListener(ContactRegister contacts, InstanceGrants grants, PlatformMetrics metrics) {
    this.contacts = contacts;
    this.grants = grants;
    this.metrics = metrics;
  }

  @Override
  public void notify(DelegateExecution execution) {
    contacts.endByReference(execution.getProcessBusinessKey());
    grants.revokeAll(execution.getProcessInstanceId());
    DelegateExecution caller = execution.getSuperExecution();
    String endedAt = execution.getCurrentActivityId();
    String outcome = ReferralProcess.Element.REFERRAL_COMPLETED.equals(endedAt) ? ACCEPTED
        : ReferralProcess.Element.REFERRAL_DECLINED.equals(endedAt) ? DECLINED : CANCELLED;
    metrics.referralEnded(ReferralProcess.Var.PARTNER_GROUP.get(execution), outcome);
    LOG.info("Weitervermittlung {} beendet ({})", execution.getProcessBusinessKey(), outcome);
    if (caller != null && (endedAt == null || !END_EVENTS.contains(endedAt))) {
      DelegateExecution callingInstance = caller.getProcessInstance();
      List<ReferralProcess.CancelledReferral> cancelled = new ArrayList<>(
          ReferralProcess.Var.CANCELLED_REFERRALS.get(callingInstance));
      cancelled.add(new ReferralProcess.CancelledReferral(execution.getProcessBusinessKey(),
          ReferralProcess.Var.ACCEPT_GROUP.get(execution),
          ReferralProcess.Var.OFFER_NAME.get(execution),
          ReferralProcess.Var.COMPANY_NAME.get(execution)));
      ReferralProcess.Var.CANCELLED_REFERRALS.set(callingInstance, (cancelled));
    }
  }
}
