package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.contract.FormContract;
import de.fachkraftimfokus.contract.MessageContract;
import de.fachkraftimfokus.process.Option;
import de.fachkraftimfokus.process.Variable;
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
   * What a client may send with {@link #MESSAGE_COMPANY_WITHDREW} (docs/api.md): the case's business
   * key, no variables. The Regiocoaches of the case's region may send it (grant on the instance).
   */
  public static final MessageContract COMPANY_WITHDREW_CONTRACT =
      new MessageContract(MESSAGE_COMPANY_WITHDREW, BUSINESS_KEY, FormContract.of(MESSAGE_COMPANY_WITHDREW));
  /** The partner group of the Regiocoaches, owner of the case's contact. */
  /** The German name of a path ({@code Var.CASE_PATH}), as the forms show it; other values as they are. */
  public static String pathLabel(String path) {
    return PathLabels.of(path);
  }

  public static final String REGIOCOACH_GROUP = de.fachkraftimfokus.identity.PartnerGroup.NETWORK_KMU.id();

  private AdvisoryCaseProcess() {}

  /**
   * The process owners' table of offers ({@code offer-for-need}) the case recommends from: its key,
   * input and output names. Other processes read it through these (project-change asks its owner to
   * keep it current).
   */
  public static final class OfferDecision {
    public static final String KEY = OfferRecommender.OFFER_DECISION;
    public static final String INPUT_NEED = OfferRecommender.INPUT_NEED;
    public static final String OUTPUT_OFFER_ID = OfferRecommender.OUTPUT_OFFER_ID;
    public static final String OUTPUT_OFFER_NAME = OfferRecommender.OUTPUT_OFFER_NAME;
    public static final String OUTPUT_PARTNER_GROUP = OfferRecommender.OUTPUT_PARTNER_GROUP;
    public static final String OUTPUT_EXTERNAL_CONSULTANCY = OfferRecommender.OUTPUT_EXTERNAL_CONSULTANCY;

    private OfferDecision() {}
  }

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

  /** The case's variables (a form's field key is the variable's name). */
  public static final class Var {
    // start (DESIGN.md §5)
    public static final Variable<String> COMPANY_NAME = Variable.text("companyName");
    public static final Variable<String> COMPANY_POSTCODE = Variable.text("companyPostcode");
    public static final Variable<String> DISTRICT = Variable.text("district");
    public static final Variable<String> SECTOR = Variable.text("sector");
    public static final Variable<String> SIZE_BAND = Variable.text("sizeBand");
    public static final Variable<String> CONTACT_NAME = Variable.text("contactName");
    public static final Variable<String> CONTACT_EMAIL = Variable.text("contactEmail");
    public static final Variable<String> CONTACT_PHONE = Variable.text("contactPhone");
    public static final Variable<String> INQUIRY_SOURCE = Variable.text("inquirySource");
    public static final Variable<String> INQUIRY_SUMMARY = Variable.text("inquirySummary");
    public static final Variable<Boolean> CONSENT_DATA_SHARING = Variable.flag("consentDataSharing");
    // set by the platform
    public static final Variable<String> CASE_OPENED_BY = Variable.text("caseOpenedBy");
    public static final Variable<Long> COMPANY_ID = Variable.number("companyId");
    public static final Variable<String> REGION = Variable.text("region");
    public static final Variable<Boolean> DOUBLE_APPROACH = Variable.flag("doubleApproach");
    public static final Variable<String> CONFLICT_SUMMARY = Variable.text("conflictSummary");
    public static final Variable<List<String>> OTHER_PARTNERS = Variable.texts("otherPartners");
    public static final Variable<String> APPROACH_OUTCOME = Variable.text("approachOutcome");
    public static final Variable<String> APPROACH_NOTE = Variable.text("approachNote");
    public static final Variable<Long> CONTACT_ID = Variable.number("contactId");
    // clearing
    public static final Variable<List<String>> NEEDS = Variable.texts("needs");
    public static final Variable<String> PROBLEM_DESCRIPTION = Variable.text("problemDescription");
    public static final Variable<String> OWN_SOLUTION_IDEAS = Variable.text("ownSolutionIdeas");
    public static final Variable<String> URGENCY = Variable.text("urgency");
    // recommendation and options
    public static final Variable<List<Offer>> RECOMMENDED_OFFERS = Variable.list("recommendedOffers", Offer.class);
    public static final Variable<String> RECOMMENDED_PATH = Variable.text("recommendedPath");
    public static final Variable<String> RECOMMENDATION_TEXT = Variable.text("recommendationText");
    public static final Variable<List<Option>> OFFER_OPTIONS = Variable.list("offerOptions", Option.class);
    public static final Variable<List<String>> SELECTED_OFFER_IDS = Variable.texts("selectedOfferIds");
    public static final Variable<List<Offer>> SELECTED_OFFERS = Variable.list("selectedOffers", Offer.class);
    public static final Variable<String> CASE_PATH = Variable.text("casePath");
    public static final Variable<String> OVERRIDE_REASON = Variable.text("overrideReason");
    public static final Variable<Boolean> RECOMMENDATION_OVERRIDDEN = Variable.flag("recommendationOverridden");
    public static final Variable<String> OPTIONS_SUMMARY = Variable.text("optionsSummary");
    // referrals
    public static final Variable<List<String>> REFERRAL_OFFER_IDS = Variable.texts("referralOfferIds");
    public static final Variable<Integer> REFERRAL_COUNTER = Variable.integer("referralCounter");
    /** Element variable of the multi-instance call activity. */
    public static final Variable<String> OFFER_ID = Variable.text("offerId");
    public static final Variable<List<ReferralResult>> REFERRAL_RESULTS = Variable.list("referralResults", ReferralResult.class);
    /** The referrals and their results as Markdown lines, for „Fall abschließen“. */
    public static final Variable<String> REFERRAL_RESULTS_TEXT = Variable.text("referralResultsText");
    public static final Variable<List<ReferralResult>> DECLINED_REFERRALS = Variable.list("declinedReferrals", ReferralResult.class);
    public static final Variable<String> DECLINED_REFERRALS_TEXT = Variable.text("declinedReferralsText");
    public static final Variable<Boolean> DECLINED_PENDING = Variable.flag("declinedPending");
    public static final Variable<String> DECLINED_ACTION = Variable.text("declinedAction");
    public static final Variable<List<String>> REROUTE_OFFER_IDS = Variable.texts("rerouteOfferIds");
    public static final Variable<String> DECLINE_HANDLING_NOTE = Variable.text("declineHandlingNote");
    // paths and closing
    public static final Variable<List<String>> BASIC_ADVICE_TOPICS = Variable.texts("basicAdviceTopics");
    public static final Variable<String> BASIC_ADVICE_NOTE = Variable.text("basicAdviceNote");
    public static final Variable<String> SUPPORT_PLAN = Variable.text("supportPlan");
    public static final Variable<String> STATUS_NOTE = Variable.text("statusNote");
    public static final Variable<String> SUPPORT_EVALUATION = Variable.text("supportEvaluation");
    public static final Variable<String> GOALS_REACHED = Variable.text("goalsReached");
    public static final Variable<String> CASE_OUTCOME = Variable.text("caseOutcome");
    public static final Variable<String> COMPANY_OWN_ACTIONS = Variable.text("companyOwnActions");
    public static final Variable<Boolean> WITHDRAWN = Variable.flag("withdrawn");

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
  public static final List<String> PATHS = List.of(Recommendation.GRUNDBERATUNG,
      Recommendation.WEITERVERMITTLUNG, Recommendation.KOORDINIERTE_BEGLEITUNG);
  /** {@code declinedAction} values of <i>Abgelehnte Weitervermittlung klären</i>. */
  public static final String REROUTE = "REROUTE";
  public static final String CLOSE = "CLOSE";
  public static final List<String> BASIC_ADVICE_TOPIC_IDS = List.of("FUNDING", "EDUCATION", "ADVISORY", "NETWORKING");
  public static final List<String> GOALS_REACHED_VALUES = List.of("JA", "TEILWEISE", "NEIN");
  public static final List<String> CASE_OUTCOMES = List.of("GELOEST", "IN_UMSETZUNG", "OHNE_ERGEBNIS");

  // ---- typed access beyond single variables

  public static String businessKey(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** The clearing's needs, typed. */
  public static List<FieldOfAction> needs(VariableScope scope) {
    return FieldOfAction.fromIds(Var.NEEDS.get(scope));
  }

  /** The clearing's needs from a map of the case's variables. */
  public static List<FieldOfAction> needs(java.util.Map<String, Object> variables) {
    return FieldOfAction.fromIds(Var.NEEDS.get(variables));
  }

  public static String businessKey(int year, int number) {
    return "%s-%d-%05d".formatted(NUMBER_SERIES, year, number);
  }

  /** The regional group of the Regiocoaches, e.g. {@code network-kmu-harz}. */
  public static String coachGroup(String region) {
    return REGIOCOACH_GROUP + "-" + region;
  }
}
