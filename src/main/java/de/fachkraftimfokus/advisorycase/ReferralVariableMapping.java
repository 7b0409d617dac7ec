package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.identity.PartnerGroup;
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
    String offerId = Var.OFFER_ID.get(caseExecution);
    Offer offer = Var.SELECTED_OFFERS.get(caseExecution).stream()
        .filter(o -> o.offerId().equals(offerId)).findFirst()
        .or(() -> catalog.byId(offerId))
        .orElseThrow(() -> new IllegalStateException("Angebot " + offerId + " ist nicht (mehr) bekannt"));
    String region = Var.REGION.get(caseExecution);
    ReferralProcess.Var.CASE_BUSINESS_KEY.put(referral, caseExecution.getProcessBusinessKey());
    ReferralProcess.Var.PARTNER_GROUP.put(referral, offer.partnerGroup());
    ReferralProcess.Var.OFFER_ID.put(referral, offer.offerId());
    ReferralProcess.Var.OFFER_NAME.put(referral, offer.offerName());
    ReferralProcess.Var.EXTERNAL_CONSULTANCY.put(referral, offer.externalConsultancy());
    ReferralProcess.Var.REGION.put(referral, region);
    ReferralProcess.Var.COMPANY_ID.put(referral, Var.COMPANY_ID.require(caseExecution));
    ReferralProcess.Var.COMPANY_NAME.put(referral, Var.COMPANY_NAME.get(caseExecution));
    ReferralProcess.Var.COMPANY_POSTCODE.put(referral, Var.COMPANY_POSTCODE.get(caseExecution));
    ReferralProcess.Var.DISTRICT.put(referral, Var.DISTRICT.get(caseExecution));
    ReferralProcess.Var.SECTOR.put(referral, Var.SECTOR.get(caseExecution));
    ReferralProcess.Var.SIZE_BAND.put(referral, Var.SIZE_BAND.get(caseExecution));
    ReferralProcess.Var.CASE_SUMMARY.put(referral, VariableText.fit(caseSummary(caseExecution)));
    ReferralProcess.Var.COACH_CONTACT.put(referral, PartnerGroup.displayName(AdvisoryCaseProcess.coachGroup(region))
        + ", Fall " + caseExecution.getProcessBusinessKey());
    boolean consent = Var.CONSENT_DATA_SHARING.isTrue(caseExecution);
    ReferralProcess.Var.CONSENT_DATA_SHARING.put(referral, consent);
    if (consent) {
      ReferralProcess.Var.CONTACT_NAME.put(referral, Var.CONTACT_NAME.get(caseExecution));
      ReferralProcess.Var.CONTACT_EMAIL.put(referral, Var.CONTACT_EMAIL.get(caseExecution));
      String phone = Var.CONTACT_PHONE.get(caseExecution);
      if (phone != null) {
        ReferralProcess.Var.CONTACT_PHONE.put(referral, phone);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseExecution, VariableScope referral) {
    ReferralResult result = new ReferralResult(
        ReferralProcess.Var.REFERRAL_KEY.get(referral),
        ReferralProcess.Var.OFFER_ID.get(referral),
        ReferralProcess.Var.OFFER_NAME.get(referral),
        ReferralProcess.Var.PARTNER_GROUP.get(referral),
        ReferralProcess.Var.ACCEPTED.isTrue(referral),
        ReferralProcess.Var.DECLINE_REASON.get(referral),
        ReferralProcess.Var.REFERRAL_OUTCOME.get(referral),
        ReferralProcess.Var.RESULT_SUMMARY.get(referral),
        firstContact(referral),
        ReferralProcess.Var.FIRST_CONTACT_NOTE.get(referral));
    DelegateExecution caseInstance = caseExecution.getProcessInstance();
    List<ReferralResult> results = new ArrayList<>(Var.REFERRAL_RESULTS.get(caseInstance));
    results.add(result);
    Var.REFERRAL_RESULTS.set(caseInstance, (results));
    Var.REFERRAL_RESULTS_TEXT.set(caseInstance, VariableText.fit(resultsText(results)));
    if (!result.accepted()) {
      List<ReferralResult> declined = new ArrayList<>(Var.DECLINED_REFERRALS.get(caseInstance));
      declined.add(result);
      Var.DECLINED_REFERRALS.set(caseInstance, (declined));
      Var.DECLINED_REFERRALS_TEXT.set(caseInstance, VariableText.fit(declined.stream()
          .map(d -> "- " + d.offerName() + " [" + d.referralKey() + "]: " + d.declineReason())
          .collect(Collectors.joining("\n"))));
      Var.DECLINED_PENDING.set(caseInstance, true);
    }
  }

  private static String firstContact(VariableScope referral) {
    Object day = referral.getVariable(ReferralProcess.Var.FIRST_CONTACT_DATE.name());
    return day == null ? null : day.toString();
  }

  /** What „Fall abschließen“ shows: each referral with partner, state, first contact and result. */
  static String resultsText(List<ReferralResult> results) {
    if (results.isEmpty()) {
      return "Keine Weitervermittlung.";
    }
    return results.stream().map(r -> {
      StringBuilder line = new StringBuilder("- **").append(markdownSafe(r.offerName())).append("** (")
          .append(PartnerGroup.displayName(r.partnerGroup())).append(", ").append(r.referralKey()).append("): ");
      if (!r.accepted()) {
        line.append("abgelehnt – ").append(markdownSafe(r.declineReason()));
        return line.toString();
      }
      line.append("angenommen");
      if (r.firstContactDay() != null) {
        line.append(" · Erstkontakt am ").append(r.firstContactDay());
        if (r.firstContactNote() != null && !r.firstContactNote().isBlank()) {
          line.append(": ").append(markdownSafe(r.firstContactNote()));
        }
      }
      if (r.outcomeName() != null) {
        line.append(" · Ergebnis: ").append(r.outcomeName());
      }
      if (r.summary() != null && !r.summary().isBlank()) {
        line.append(" – ").append(markdownSafe(r.summary()));
      }
      return line.toString();
    }).collect(Collectors.joining("\n"));
  }

  private static String markdownSafe(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replaceAll("\\s*\\n\\s*", " ");
  }

  private static String caseSummary(DelegateExecution execution) {
    String needs = AdvisoryCaseProcess.needs(execution).stream().map(FieldOfAction::germanLabel)
        .collect(Collectors.joining(", "));
    return "Anfrage: " + Var.INQUIRY_SUMMARY.get(execution)
        + "\nHandlungsfelder: " + needs
        + "\nProblem in den Worten des Unternehmens: " + Var.PROBLEM_DESCRIPTION.get(execution)
        + "\nEigene Lösungsideen des Unternehmens: " + Var.OWN_SOLUTION_IDEAS.get(execution)
        + "\nDringlichkeit: " + String.valueOf(Var.URGENCY.get(execution)).toLowerCase(java.util.Locale.GERMAN);
  }
}
