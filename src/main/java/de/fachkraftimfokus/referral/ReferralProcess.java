package de.fachkraftimfokus.referral;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.ProcessKey;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The backing class of {@code bpmn/referral.bpmn} (DESIGN.md §2.2): key, element ids, variable
 * names and values. A referral is started only by its advisory case (call activity), one per offer.
 */
public final class ReferralProcess {

  public static final String KEY = ProcessKey.REFERRAL.key();
  /** {@code referralDecision} of <i>Weitervermittlung annehmen</i>. */
  public static final String ACCEPT = "ANNEHMEN";
  public static final String DECLINE = "ABLEHNEN";
  public static final List<String> OUTCOMES = List.of("UNTERSTUETZUNG_LAEUFT", "ABGESCHLOSSEN", "KEIN_BEDARF");
  /** Working days the partner has to accept (DESIGN.md §2.2). */
  public static final int ACCEPT_WORKING_DAYS = 5;

  private ReferralProcess() {}

  public static final class Element {
    public static final String REFERRAL_REQUESTED = "referralRequested";
    public static final String NOTIFY_PARTNER = "notifyPartner";
    public static final String ACCEPT_REFERRAL = "acceptReferral";
    public static final String ACCEPTANCE_OVERDUE = "acceptanceOverdue";
    public static final String REMIND_PARTNER = "remindPartner";
    public static final String FOLLOW_UP_REFERRAL = "followUpReferral";
    public static final String FOLLOW_UP_DONE = "followUpDone";
    public static final String REGISTER_PARTNER_CONTACT = "registerPartnerContact";
    public static final String DOCUMENT_FIRST_CONTACT = "documentFirstContact";
    public static final String REPORT_RESULT = "reportResult";
    public static final String REFERRAL_COMPLETED = "referralCompleted";
    public static final String REFERRAL_DECLINED = "referralDeclined";

    private Element() {}
  }

  /** A referral cancelled before its end, as the calling process receives it. */
  public record CancelledReferral(String referralKey, String acceptGroup, String offerName, String companyName) {}

  public static final class Var {
    // start, from the case
    public static final String CASE_BUSINESS_KEY = "caseBusinessKey";
    public static final String PARTNER_GROUP = "partnerGroup";
    public static final String REGION = "region";
    public static final String OFFER_ID = "offerId";
    public static final String OFFER_NAME = "offerName";
    public static final String EXTERNAL_CONSULTANCY = "externalConsultancy";
    public static final String CASE_SUMMARY = "caseSummary";
    public static final String CONSENT_DATA_SHARING = "consentDataSharing";
    public static final String COMPANY_ID = "companyId";
    public static final String COMPANY_NAME = "companyName";
    public static final String COMPANY_POSTCODE = "companyPostcode";
    public static final String DISTRICT = "district";
    public static final String SECTOR = "sector";
    public static final String SIZE_BAND = "sizeBand";
    /** Personal data: only with {@code consentDataSharing}. */
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final List<String> PERSONAL_DATA = List.of(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE);
    /** The Regiocoach's contact for the partner (always given, so the partner can reach the case). */
    public static final String COACH_CONTACT = "coachContact";
    // set by the referral itself
    public static final String REFERRAL_KEY = "referralKey";
    public static final String ACCEPT_GROUP = "acceptGroup";
    public static final String COACH_GROUP = "coachGroup";
    public static final String ACCEPT_DUE_DATE = "acceptDueDate";
    public static final String CONTACT_NOTE = "contactNote";
    /**
     * Written to the <b>calling</b> process instance when a referral is cancelled before its end
     * (the company withdrew): Json list of {@link CancelledReferral}, so the caller can tell the partners.
     */
    public static final String CANCELLED_REFERRALS = "cancelledReferrals";
    // tasks
    public static final String REFERRAL_DECISION = "referralDecision";
    public static final String ACCEPTED = "accepted";
    public static final String ACCEPTED_BY = "acceptedBy";
    public static final String DECLINE_REASON = "declineReason";
    public static final String PROCESS_CONSULTING_STANDARD = "processConsultingStandard";
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    public static final String FIRST_CONTACT_DATE = "firstContactDate";
    public static final String FIRST_CONTACT_NOTE = "firstContactNote";
    public static final String REFERRAL_OUTCOME = "referralOutcome";
    public static final String RESULT_SUMMARY = "resultSummary";

    private Var() {}
  }

  public static boolean consent(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(Var.CONSENT_DATA_SHARING));
  }

  public static boolean externalConsultancy(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(Var.EXTERNAL_CONSULTANCY));
  }

  public static boolean accepted(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(Var.ACCEPTED));
  }

  /** PFIFF works in regions: its regional group accepts; every other partner as a whole. */
  public static String acceptGroupOf(String partnerGroup, String region) {
    return PartnerGroup.byId(partnerGroup).filter(PartnerGroup::isRegional)
        .map(g -> g.id() + "-" + region).orElse(partnerGroup);
  }
}
