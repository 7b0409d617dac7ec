package de.fachkraftimfokus.referral;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import java.util.List;

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
    public static final Variable<String> CASE_BUSINESS_KEY = Variable.text("caseBusinessKey");
    public static final Variable<String> PARTNER_GROUP = Variable.text("partnerGroup");
    public static final Variable<String> REGION = Variable.text("region");
    public static final Variable<String> OFFER_ID = Variable.text("offerId");
    public static final Variable<String> OFFER_NAME = Variable.text("offerName");
    public static final Variable<Boolean> EXTERNAL_CONSULTANCY = Variable.flag("externalConsultancy");
    public static final Variable<String> CASE_SUMMARY = Variable.text("caseSummary");
    public static final Variable<Boolean> CONSENT_DATA_SHARING = Variable.flag("consentDataSharing");
    public static final Variable<Long> COMPANY_ID = Variable.number("companyId");
    public static final Variable<String> COMPANY_NAME = Variable.text("companyName");
    public static final Variable<String> COMPANY_POSTCODE = Variable.text("companyPostcode");
    public static final Variable<String> DISTRICT = Variable.text("district");
    public static final Variable<String> SECTOR = Variable.text("sector");
    public static final Variable<String> SIZE_BAND = Variable.text("sizeBand");
    /** Personal data: only with {@code consentDataSharing}. */
    public static final Variable<String> CONTACT_NAME = Variable.text("contactName");
    public static final Variable<String> CONTACT_EMAIL = Variable.text("contactEmail");
    public static final Variable<String> CONTACT_PHONE = Variable.text("contactPhone");
    public static final List<Variable<String>> PERSONAL_DATA = List.of(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE);
    /** The Regiocoach's contact for the partner (always given, so the partner can reach the case). */
    public static final Variable<String> COACH_CONTACT = Variable.text("coachContact");
    // set by the referral itself
    public static final Variable<String> REFERRAL_KEY = Variable.text("referralKey");
    public static final Variable<String> ACCEPT_GROUP = Variable.text("acceptGroup");
    public static final Variable<String> COACH_GROUP = Variable.text("coachGroup");
    public static final Variable<java.util.Date> ACCEPT_DUE_DATE = Variable.instant("acceptDueDate");
    public static final Variable<String> CONTACT_NOTE = Variable.text("contactNote");
    /**
     * Written to the <b>calling</b> process instance when a referral is cancelled before its end
     * (the company withdrew): Json list of {@link CancelledReferral}, so the caller can tell the partners.
     */
    public static final Variable<List<CancelledReferral>> CANCELLED_REFERRALS = Variable.list("cancelledReferrals", CancelledReferral.class);
    // tasks
    public static final Variable<String> REFERRAL_DECISION = Variable.text("referralDecision");
    public static final Variable<Boolean> ACCEPTED = Variable.flag("accepted");
    public static final Variable<String> ACCEPTED_BY = Variable.text("acceptedBy");
    public static final Variable<String> DECLINE_REASON = Variable.text("declineReason");
    public static final Variable<Boolean> PROCESS_CONSULTING_STANDARD = Variable.flag("processConsultingStandard");
    public static final Variable<String> FOLLOW_UP_NOTE = Variable.text("followUpNote");
    public static final Variable<java.time.LocalDate> FIRST_CONTACT_DATE = Variable.day("firstContactDate");
    public static final Variable<String> FIRST_CONTACT_NOTE = Variable.text("firstContactNote");
    public static final Variable<String> REFERRAL_OUTCOME = Variable.text("referralOutcome");
    public static final Variable<String> RESULT_SUMMARY = Variable.text("resultSummary");

    private Var() {}
  }

  /** PFIFF works in regions: its regional group accepts; every other partner as a whole. */
  public static String acceptGroupOf(String partnerGroup, String region) {
    return PartnerGroup.byId(partnerGroup).filter(PartnerGroup::isRegional)
        .map(g -> g.id() + "-" + region).orElse(partnerGroup);
  }
}
