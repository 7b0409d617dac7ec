package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.Notifier;
import de.fachkraftimfokus.region.Region;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Anderen Partner informieren</i> and <i>Übergabe an Partner mitteilen</i>: tells the partners
 * that were in contact how the double approach was resolved. Asynchronous and retried; sent once.
 */
@Component
class ApproachOutcomeMailDelegate implements JavaDelegate {

  static final String TEMPLATE_WE_LEAD = "approach-we-lead";
  static final String TEMPLATE_HANDOVER = "approach-handover";

  private final Notifier notifier;

  ApproachOutcomeMailDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = Var.APPROACH_OUTCOME.get(execution);
    String template = ApproachOutcome.OTHER_LEADS.name().equals(outcome) ? TEMPLATE_HANDOVER : TEMPLATE_WE_LEAD;
    String region = Var.REGION.get(execution);
    notifier.sendOnce(execution.getProcessBusinessKey() + "-" + template,
        notifier.addressesOfGroups(Var.OTHER_PARTNERS.get(execution)), template, Map.of(
            "businessKey", execution.getProcessBusinessKey(),
            "companyName", Var.COMPANY_NAME.get(execution),
            "region", Region.byId(region).map(Region::germanName).orElse(region),
            "coachGroup", PartnerGroup.displayName(AdvisoryCaseProcess.coachGroup(region)),
            "approachNote", Var.APPROACH_NOTE.get(execution)));
  }
}
