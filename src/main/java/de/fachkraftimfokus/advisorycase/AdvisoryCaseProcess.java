package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.contract.FormContract;
import de.fachkraftimfokus.contract.MessageContract;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.ProcessKey;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The backing class of {@code bpmn/advisory-case.bpmn} (DESIGN.md §2.1): its key, message, element
 * ids, variable names and values, and typed access to its variables. Delegates, listeners, the
 * REST intake and the tests use these names; no other place spells them.
 */
public final class AdvisoryCaseProcess {

  public static final String KEY = ProcessKey.ADVISORY_CASE.key();
  /** Correlated by business key; withdraws the company at any point of the case. */
  public static final String MESSAGE_COMPANY_WITHDREW = "CompanyWithdrew";
  /** {@code BF-<year>-<5 digits>}. */
  public static final Pattern BUSINESS_KEY = Pattern.compile("BF-\\d{4}-\\d{5}");
  /** The series of {@link de.fachkraftimfokus.process.YearlyNumbers} that numbers the cases. */
  public static final String NUMBER_SERIES = "BF";
  /**
   * What a client may send with {@link #MESSAGE_COMPANY_WITHDREW} (README „REST“): the case's business
   * key, no variables. The Regiocoaches of the case's region may send it (grant on the instance).
   */
  public static final MessageContract COMPANY_WITHDREW_CONTRACT =
      new MessageContract(MESSAGE_COMPANY_WITHDREW, BUSINESS_KEY, FormContract.of(MESSAGE_COMPANY_WITHDREW));
  /** The partner group of the Regiocoaches, owner of the case's contact. */
  public static final String REGIOCOACH_GROUP = "network-kmu";

  private AdvisoryCaseProcess() {}

  /** Element ids; the task ids are the contract of DESIGN.md §5. */
  public static final class Element {
    public static final String CASE_STARTED = "caseStarted";
    public static final String REGISTER_COMPANY = "registerCompany";
    public static final String DETERMINE_REGION = "determineRegion";
    public static final String CHECK_DOUBLE_APPROACH = "checkDoubleApproach";
    public static final String COORDINATE_APPROACH = "coordinateApproach";
    public static final String RECORD_APPROACH_RESOLUTION = "recordApproachResolution";
    public static final String NOTIFY_OTHER_PARTNER = "notifyOtherPartner";
    public static final String NOTIFY_HANDOVER = "notifyHandover";
    public static final String CASE_HANDED_OVER = "caseHandedOver";
    public static final String REGISTER_CONTACT = "registerContact";
    public static final String CLEARING = "clearing";
    public static final String RECOMMEND_OFFERS = "recommendOffers";
    public static final String DEVELOP_OPTIONS = "developOptions";
    public static final String DOCUMENT_BASIC_ADVICE = "documentBasicAdvice";
    public static final String CREATE_SUPPORT_PLAN = "createSupportPlan";
    public static final String REFERRALS = "referrals";
    public static final String CALL_REFERRAL = "callReferral";
    public static final String STATUS_ROUND_DUE = "statusRoundDue";
    public static final String STATUS_ROUND = "statusRound";
    public static final String STATUS_ROUND_SKIPPED = "statusRoundSkipped";
    public static final String HANDLE_DECLINED_REFERRAL = "handleDeclinedReferral";
    public static final String EVALUATE_SUPPORT = "evaluateSupport";
    public static final String CLOSE_CASE = "closeCase";
    public static final String END_CONTACT = "endContact";
    public static final String CASE_CLOSED = "caseClosed";
    public static final String WITHDRAWAL_RECEIVED = "withdrawalReceived";
    public static final String CLOSE_WITHDRAWN_CASE = "closeWithdrawnCase";
    public static final String NOTIFY_WITHDRAWAL = "notifyWithdrawal";
    public static final String CASE_WITHDRAWN = "caseWithdrawn";

    private Element() {}
  }

  /** Variable names (field keys of the forms are the same names). */
  public static final class Var {
    // start (DESIGN.md §5)
    public static final String COMPANY_NAME = "companyName";
    public static final String COMPANY_POSTCODE = "companyPostcode";
    public static final String DISTRICT = "district";
    public static final String SECTOR = "sector";
    public static final String SIZE_BAND = "sizeBand";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String INQUIRY_SOURCE = "inquirySource";
    public static final String INQUIRY_SUMMARY = "inquirySummary";
    public static final String CONSENT_DATA_SHARING = "consentDataSharing";
    // set by the platform
    public static final String CASE_OPENED_BY = "caseOpenedBy";
    public static final String COMPANY_ID = "companyId";
    public static final String REGION = "region";
    public static final String DOUBLE_APPROACH = "doubleApproach";
    public static final String CONFLICT_SUMMARY = "conflictSummary";
    public static final String OTHER_PARTNERS = "otherPartners";
    public static final String APPROACH_OUTCOME = "approachOutcome";
    public static final String APPROACH_NOTE = "approachNote";
    public static final String CONTACT_ID = "contactId";
    // clearing
    public static final String NEEDS = "needs";
    public static final String PROBLEM_DESCRIPTION = "problemDescription";
    public static final String OWN_SOLUTION_IDEAS = "ownSolutionIdeas";
    public static final String URGENCY = "urgency";
    // recommendation and options
    public static final String RECOMMENDED_OFFERS = "recommendedOffers";
    public static final String RECOMMENDED_PATH = "recommendedPath";
    public static final String RECOMMENDATION_TEXT = "recommendationText";
    public static final String OFFER_OPTIONS = "offerOptions";
    public static final String SELECTED_OFFER_IDS = "selectedOfferIds";
    public static final String SELECTED_OFFERS = "selectedOffers";
    public static final String CASE_PATH = "casePath";
    public static final String OVERRIDE_REASON = "overrideReason";
    public static final String RECOMMENDATION_OVERRIDDEN = "recommendationOverridden";
    public static final String OPTIONS_SUMMARY = "optionsSummary";
    // referrals
    public static final String REFERRAL_OFFER_IDS = "referralOfferIds";
    public static final String REFERRAL_COUNTER = "referralCounter";
    /** Element variable of the multi-instance call activity. */
    public static final String OFFER_ID = "offerId";
    public static final String REFERRAL_RESULTS = "referralResults";
    public static final String DECLINED_REFERRALS = "declinedReferrals";
    public static final String DECLINED_REFERRALS_TEXT = "declinedReferralsText";
    public static final String DECLINED_PENDING = "declinedPending";
    public static final String DECLINED_ACTION = "declinedAction";
    public static final String REROUTE_OFFER_IDS = "rerouteOfferIds";
    public static final String DECLINE_HANDLING_NOTE = "declineHandlingNote";
    // paths and closing
    public static final String BASIC_ADVICE_TOPICS = "basicAdviceTopics";
    public static final String BASIC_ADVICE_NOTE = "basicAdviceNote";
    public static final String SUPPORT_PLAN = "supportPlan";
    public static final String STATUS_NOTE = "statusNote";
    public static final String SUPPORT_EVALUATION = "supportEvaluation";
    public static final String GOALS_REACHED = "goalsReached";
    public static final String CASE_OUTCOME = "caseOutcome";
    public static final String COMPANY_OWN_ACTIONS = "companyOwnActions";
    public static final String WITHDRAWN = "withdrawn";

    private Var() {}
  }

  /** {@code inquirySource} values. */
  public static final List<String> INQUIRY_SOURCES =
      List.of("REGIOCOACH", "UNTERNEHMEN", "PFIFF", "VERANSTALTUNG", "SONSTIGE");
  /** German names of the {@code inquirySource} values, as the start form shows them. */
  public static final java.util.Map<String, String> INQUIRY_SOURCE_NAMES = java.util.Map.of(
      "REGIOCOACH", "Ansprache durch den Regiocoach",
      "UNTERNEHMEN", "Anfrage des Unternehmens",
      "PFIFF", "Über PFIFF / Fachkräfteportal",
      "VERANSTALTUNG", "Veranstaltung",
      "SONSTIGE", "Sonstige");
  public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250+");
  /** WZ 2008 sections. */
  public static final List<String> SECTORS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
      "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
  public static final List<String> PATHS = List.of(Recommendation.GRUNDBERATUNG,
      Recommendation.WEITERVERMITTLUNG, Recommendation.KOORDINIERTE_BEGLEITUNG);
  /** {@code declinedAction} values of <i>Abgelehnte Weitervermittlung klären</i>. */
  public static final String REROUTE = "REROUTE";
  public static final String CLOSE = "CLOSE";
  public static final List<String> BASIC_ADVICE_TOPIC_IDS = List.of("FUNDING", "EDUCATION", "ADVISORY", "NETWORKING");
  public static final List<String> GOALS_REACHED_VALUES = List.of("JA", "TEILWEISE", "NEIN");
  public static final List<String> CASE_OUTCOMES = List.of("GELOEST", "IN_UMSETZUNG", "OHNE_ERGEBNIS");

  // ---- typed access

  public static String businessKey(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static long companyId(VariableScope scope) {
    return ((Number) scope.getVariable(Var.COMPANY_ID)).longValue();
  }

  public static String region(VariableScope scope) {
    return (String) scope.getVariable(Var.REGION);
  }

  public static String casePath(VariableScope scope) {
    return (String) scope.getVariable(Var.CASE_PATH);
  }

  public static boolean consent(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(Var.CONSENT_DATA_SHARING));
  }

  /** The clearing's needs, typed, whatever form Tasklist or REST sent them in. */
  public static List<FieldOfAction> needs(VariableScope scope) {
    return FieldOfAction.fromIds(JsonVariables.stringList(scope, Var.NEEDS));
  }

  public static List<Offer> selectedOffers(VariableScope scope) {
    return JsonVariables.list(scope, Var.SELECTED_OFFERS, Offer.class);
  }

  public static List<String> referralOfferIds(VariableScope scope) {
    return JsonVariables.stringList(scope, Var.REFERRAL_OFFER_IDS);
  }

  public static List<ReferralResult> referralResults(VariableScope scope) {
    return JsonVariables.list(scope, Var.REFERRAL_RESULTS, ReferralResult.class);
  }

  /** The referral results from a map of the case's variables (e.g. {@code RuntimeService#getVariables}). */
  public static List<ReferralResult> referralResults(java.util.Map<String, Object> variables) {
    return JsonVariables.list(variables.get(Var.REFERRAL_RESULTS), Var.REFERRAL_RESULTS, ReferralResult.class);
  }

  /** The clearing's needs from a map of the case's variables. */
  public static List<FieldOfAction> needs(java.util.Map<String, Object> variables) {
    return FieldOfAction.fromIds(JsonVariables.stringList(variables.get(Var.NEEDS)));
  }

  public static List<ReferralResult> declinedReferrals(VariableScope scope) {
    return JsonVariables.list(scope, Var.DECLINED_REFERRALS, ReferralResult.class);
  }

  public static String businessKey(int year, int number) {
    return "%s-%d-%05d".formatted(NUMBER_SERIES, year, number);
  }

  /** The regional group of the Regiocoaches, e.g. {@code network-kmu-harz}. */
  public static String coachGroup(String region) {
    return REGIOCOACH_GROUP + "-" + region;
  }
}
