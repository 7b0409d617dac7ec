package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.referral.ReferralProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What a case hands to each referral and what comes back (call activity <i>An Partner
 * weitervermitteln</i>).
 *
 * <p>In: company data, the offer, a case summary and the consent. The contact person's name,
 * e-mail and phone only with {@code consentDataSharing} — without it they never enter the
 * referral's variables or history. Out: the result is appended to the case's
 * {@code referralResults}; a decline also to {@code declinedReferrals} for the Regiocoach.
 */
@Component
class ReferralVariableMapping implements DelegateVariableMapping {

  private final OfferCatalog catalog;

  ReferralVariableMapping(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void mapInputVariables(DelegateExecution caseExecution, VariableMap referral) {
    String offerId = (String) caseExecution.getVariable(Var.OFFER_ID);
    Offer offer = AdvisoryCaseProcess.selectedOffers(caseExecution).stream()
        .filter(o -> o.offerId().equals(offerId)).findFirst()
        .or(() -> catalog.byId(offerId))
        .orElseThrow(() -> new IllegalStateException("Angebot " + offerId + " ist nicht (mehr) bekannt"));
    String region = AdvisoryCaseProcess.region(caseExecution);
    referral.put(ReferralProcess.Var.CASE_BUSINESS_KEY, caseExecution.getProcessBusinessKey());
    referral.put(ReferralProcess.Var.PARTNER_GROUP, offer.partnerGroup());
    referral.put(ReferralProcess.Var.OFFER_ID, offer.offerId());
    referral.put(ReferralProcess.Var.OFFER_NAME, offer.offerName());
    referral.put(ReferralProcess.Var.EXTERNAL_CONSULTANCY, offer.externalConsultancy());
    referral.put(ReferralProcess.Var.REGION, region);
    referral.put(ReferralProcess.Var.COMPANY_ID, AdvisoryCaseProcess.companyId(caseExecution));
    for (String company : List.of(Var.COMPANY_NAME, Var.COMPANY_POSTCODE, Var.DISTRICT, Var.SECTOR, Var.SIZE_BAND)) {
      referral.put(company, caseExecution.getVariable(company));
    }
    referral.put(ReferralProcess.Var.CASE_SUMMARY, VariableText.fit(caseSummary(caseExecution)));
    referral.put(ReferralProcess.Var.COACH_CONTACT, "Regiocoaches Network-KMU der Region " + region
        + " (Gruppe " + AdvisoryCaseProcess.coachGroup(region) + "), Fall " + caseExecution.getProcessBusinessKey());
    boolean consent = AdvisoryCaseProcess.consent(caseExecution);
    referral.put(ReferralProcess.Var.CONSENT_DATA_SHARING, consent);
    if (consent) {
      referral.put(ReferralProcess.Var.CONTACT_NAME, caseExecution.getVariable(Var.CONTACT_NAME));
      referral.put(ReferralProcess.Var.CONTACT_EMAIL, caseExecution.getVariable(Var.CONTACT_EMAIL));
      Object phone = caseExecution.getVariable(Var.CONTACT_PHONE);
      if (phone != null) {
        referral.put(ReferralProcess.Var.CONTACT_PHONE, phone);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseExecution, VariableScope referral) {
    ReferralResult result = new ReferralResult(
        (String) referral.getVariable(ReferralProcess.Var.REFERRAL_KEY),
        (String) referral.getVariable(ReferralProcess.Var.OFFER_ID),
        (String) referral.getVariable(ReferralProcess.Var.OFFER_NAME),
        (String) referral.getVariable(ReferralProcess.Var.PARTNER_GROUP),
        ReferralProcess.accepted(referral),
        (String) referral.getVariable(ReferralProcess.Var.DECLINE_REASON),
        (String) referral.getVariable(ReferralProcess.Var.REFERRAL_OUTCOME),
        (String) referral.getVariable(ReferralProcess.Var.RESULT_SUMMARY));
    DelegateExecution caseInstance = caseExecution.getProcessInstance();
    List<ReferralResult> results = new ArrayList<>(AdvisoryCaseProcess.referralResults(caseInstance));
    results.add(result);
    caseInstance.setVariable(Var.REFERRAL_RESULTS, JsonVariables.json(results));
    if (!result.accepted()) {
      List<ReferralResult> declined = new ArrayList<>(AdvisoryCaseProcess.declinedReferrals(caseInstance));
      declined.add(result);
      caseInstance.setVariable(Var.DECLINED_REFERRALS, JsonVariables.json(declined));
      caseInstance.setVariable(Var.DECLINED_REFERRALS_TEXT, VariableText.fit(declined.stream()
          .map(d -> "- " + d.offerName() + " [" + d.referralKey() + "]: " + d.declineReason())
          .collect(Collectors.joining("\n"))));
      caseInstance.setVariable(Var.DECLINED_PENDING, true);
    }
  }

  private static String caseSummary(DelegateExecution execution) {
    String needs = AdvisoryCaseProcess.needs(execution).stream().map(FieldOfAction::germanLabel)
        .collect(Collectors.joining(", "));
    return "Anfrage: " + execution.getVariable(Var.INQUIRY_SUMMARY)
        + "\nHandlungsfelder: " + needs
        + "\nProblem in den Worten des Unternehmens: " + execution.getVariable(Var.PROBLEM_DESCRIPTION)
        + "\nEigene Lösungsideen des Unternehmens: " + execution.getVariable(Var.OWN_SOLUTION_IDEAS)
        + "\nDringlichkeit: " + execution.getVariable(Var.URGENCY);
  }
}
