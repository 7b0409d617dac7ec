package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import de.fachkraftimfokus.process.InstanceGrants;
import de.fachkraftimfokus.process.Variable;
import org.camunda.bpm.engine.authorization.Permissions;
import org.springframework.stereotype.Component;

/**
 * Start of a referral: checks what the case handed over, derives who accepts (PFIFF regionally),
 * whom to escalate to and the deadline of five working days. Without consent it refuses personal
 * data outright — the case never sends it, and nobody else may either.
 */
@Component
class ReferralStartListener implements ExecutionListener {

  private final WorkingDays workingDays;
  private final InstanceGrants grants;

  ReferralStartListener(WorkingDays workingDays, InstanceGrants grants) {
    this.workingDays = workingDays;
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables())
        .requiredText(Var.CASE_BUSINESS_KEY, "Beratungsfall")
        .oneOf(Var.PARTNER_GROUP, "Partner", PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList())
        .oneOf(Var.REGION, "Region", Arrays.stream(Region.values()).map(Region::id).toList())
        .requiredText(Var.OFFER_ID, "Angebot")
        .requiredText(Var.OFFER_NAME, "Name des Angebots")
        .requiredText(Var.COMPANY_NAME, "Unternehmen")
        .requiredText(Var.CASE_SUMMARY, "Zusammenfassung des Falls")
        .requiredBoolean(Var.CONSENT_DATA_SHARING, "Einwilligung zur Weitergabe der Kontaktdaten");
    boolean consent = Var.CONSENT_DATA_SHARING.isTrue(execution);
    for (Variable<String> personal : Var.PERSONAL_DATA) {
      check.rule(consent || !personal.isSet(execution), personal, "Kontaktdaten",
          "ohne Einwilligung des Unternehmens nicht zulässig");
    }
    check.orThrow();

    String region = Var.REGION.get(execution);
    String partnerGroup = Var.PARTNER_GROUP.get(execution);
    Var.REFERRAL_KEY.set(execution, execution.getProcessBusinessKey());
    Var.EXTERNAL_CONSULTANCY.setIfChanged(execution, Var.EXTERNAL_CONSULTANCY.isTrue(execution));
    String acceptGroup = ReferralProcess.acceptGroupOf(partnerGroup, region);
    String coachGroup = PartnerGroup.NETWORK_KMU.regionalGroupId(Region.byId(region).orElseThrow());
    Var.ACCEPT_GROUP.set(execution, acceptGroup);
    Var.COACH_GROUP.set(execution, coachGroup);
    // Partners have no read right on referrals in general (it would show them every partner's
    // referrals, see identity.AccessPlan): the partner it is addressed to and the case's Regiocoaches
    // read exactly this instance — its variables fill the task list's columns and the task forms.
    grants.grant(acceptGroup, execution.getProcessInstanceId(), Permissions.READ);
    grants.grant(coachGroup, execution.getProcessInstanceId(), Permissions.READ);
    Var.ACCEPT_DUE_DATE.set(execution,
        Date.from(workingDays.plusWorkingDaysFromNow(ReferralProcess.ACCEPT_WORKING_DAYS).toInstant()));
    Var.CONTACT_NOTE.set(execution, consent
        ? "Das Unternehmen ist mit der Weitergabe seiner Kontaktdaten einverstanden: Bitte nehmen Sie Kontakt auf."
        : "Das Unternehmen hat der Weitergabe personenbezogener Daten nicht zugestimmt. Es erhält Ihre "
            + "Kontaktdaten vom Regiocoach und meldet sich bei Ihnen.");
  }
}
