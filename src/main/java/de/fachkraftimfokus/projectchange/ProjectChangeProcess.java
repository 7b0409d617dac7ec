package de.fachkraftimfokus.projectchange;

import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.region.Region;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The backing class of {@code bpmn/project-change.bpmn} (DESIGN.md §2.5, clauses 2.1 and 3.4): its
 * key, number series, element ids, message and variables. Delegates, listeners, the coach
 * reconciliation, the monitoring report and the tests use these names; no other place spells them.
 */
public final class ProjectChangeProcess {

  public static final String KEY = ProcessKey.PROJECT_CHANGE.key();
  /** The series of {@link de.fachkraftimfokus.process.YearlyNumbers}: {@code PA-<year>-<4 digits>}. */
  public static final String NUMBER_SERIES = "PA";
  public static final Pattern BUSINESS_KEY = Pattern.compile("PA-\\d{4}-\\d{4}");
  /**
   * Start message of an Einarbeitung the platform noticed itself ({@link CoachReconciliation}): new
   * members of {@code network-kmu-<region>}. Sent only by the platform; no client may send it (it has
   * no {@code MessageContract}, so the engine REST API refuses it).
   */
  public static final String MESSAGE_NEW_REGIOCOACHES = "NewRegiocoachesNoticed";
  /** The {@code offerId} of a project that is not (yet) in the table {@code offer-for-need}. */
  public static final String OFFER_NEW = "NEU";

  private ProjectChangeProcess() {}

  public static String businessKey(int year, int number) {
    return "%s-%d-%04d".formatted(NUMBER_SERIES, year, number);
  }

  /** Element ids. */
  public static final class Element {
    public static final String CHANGE_ANNOUNCED = "changeAnnounced";
    public static final String NEW_REGIOCOACHES_NOTICED = "newRegiocoachesNoticed";
    public static final String GW_START_KIND = "gwStartKind";
    public static final String ONBOARDING_WINDOW_CLOSED = "onboardingWindowClosed";
    public static final String GW_ONBOARDING_START = "gwOnboardingStart";
    public static final String PROPOSE_SIGNIFICANCE = "proposeSignificance";
    public static final String RECORD_CHANGE = "recordChange";
    public static final String REGISTER_AGENDA_ITEM = "registerAgendaItem";
    public static final String NOTIFY_CHANGE = "notifyChange";
    public static final String GW_CHANGE_SPLIT = "gwChangeSplit";
    public static final String GW_TABLE_AFFECTED = "gwTableAffected";
    public static final String UPDATE_OFFER_TABLE = "updateOfferTable";
    public static final String GW_TABLE_DONE = "gwTableDone";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String ACKNOWLEDGEMENT_STARTED = "acknowledgementStarted";
    public static final String ACKNOWLEDGE_CHANGE = "acknowledgeChange";
    public static final String ACKNOWLEDGEMENT_DEADLINE = "acknowledgementDeadline";
    public static final String SEND_REMINDER = "sendAcknowledgementReminder";
    public static final String FOLLOW_UP_ACKNOWLEDGEMENTS = "followUpAcknowledgements";
    public static final String ACKNOWLEDGEMENTS_FOLLOWED_UP = "acknowledgementsFollowedUp";
    public static final String ALL_REGIONS_ACKNOWLEDGED = "allRegionsAcknowledged";
    public static final String GW_SIGNIFICANT = "gwSignificant";
    public static final String GW_EVENT_START = "gwEventStart";
    public static final String PREPARE_EVENT = "prepareInformationEvent";
    public static final String PLAN_EVENT = "planInformationEvent";
    public static final String SEND_INVITATION = "sendInvitation";
    public static final String EVENT_DATE_REACHED = "eventDateReached";
    public static final String DOCUMENT_EVENT = "documentInformationEvent";
    public static final String GW_EVENT_HELD = "gwEventHeld";
    public static final String GW_AFTER_EVENT = "gwAfterEvent";
    public static final String RECORD_ONBOARDING = "recordOnboarding";
    public static final String ONBOARDING_COMPLETED = "onboardingCompleted";
    public static final String GW_EVENT_DONE = "gwEventDone";
    public static final String GW_CHANGE_JOIN = "gwChangeJoin";
    public static final String CLOSE_CHANGE = "closeChange";
    public static final String CHANGE_CLOSED = "changeClosed";

    private Element() {}
  }

  /** The process's variables; a form field's key is the variable's name. */
  public static final class Var {
    // start form
    public static final Variable<ChangeKind> CHANGE_KIND = Variable.choice("changeKind", ChangeKind.class);
    public static final Variable<String> ANNOUNCING_PARTNER = Variable.text("announcingPartner");
    public static final Variable<String> OFFER_ID = Variable.text("offerId");
    public static final Variable<String> PROJECT_NAME = Variable.text("projectName");
    public static final Variable<String> CHANGE_DESCRIPTION = Variable.text("changeDescription");
    public static final Variable<java.time.LocalDate> EFFECTIVE_FROM = Variable.day("effectiveFrom");
    public static final Variable<List<String>> FIELDS_OF_ACTION = Variable.texts("fieldsOfAction");
    public static final Variable<SignificanceChoice> SIGNIFICANCE_CHOICE =
        Variable.choice("significanceChoice", SignificanceChoice.class);
    public static final Variable<String> SIGNIFICANCE_REASON = Variable.text("significanceReason");
    public static final Variable<List<String>> NEWCOMER_REGIONS = Variable.texts("newcomerRegions");
    public static final Variable<String> NEWCOMER_NAMES = Variable.text("newcomerNames");
    // set by the platform
    public static final Variable<String> ANNOUNCER = Variable.text("announcer");
    public static final Variable<String> OFFER_NAME = Variable.text("offerName");
    public static final Variable<String> CHANGE_TITLE = Variable.text("changeTitle");
    public static final Variable<String> CHANGE_SUMMARY = Variable.text("changeSummary");
    public static final Variable<Boolean> SIGNIFICANCE_PROPOSED = Variable.flag("significanceProposed");
    public static final Variable<String> SIGNIFICANCE_PROPOSAL_REASON = Variable.text("significanceProposalReason");
    public static final Variable<Boolean> SIGNIFICANT = Variable.flag("significant");
    public static final Variable<Boolean> SIGNIFICANCE_OVERRIDDEN = Variable.flag("significanceOverridden");
    public static final Variable<String> SIGNIFICANCE_TEXT = Variable.text("significanceText");
    public static final Variable<Integer> OFFER_TABLE_VERSION = Variable.integer("offerTableVersion");
    public static final Variable<List<TableRow>> TABLE_ROWS = Variable.list("tableRows", TableRow.class);
    public static final Variable<String> TABLE_CHANGE_PROPOSAL = Variable.text("tableChangeProposal");
    public static final Variable<Boolean> TABLE_CHANGE_NEEDED = Variable.flag("tableChangeNeeded");
    public static final Variable<Long> AGENDA_ITEM_ID = Variable.number("agendaItemId");
    // acknowledgement
    public static final Variable<List<String>> ACKNOWLEDGING_GROUPS = Variable.texts("acknowledgingGroups");
    /** Element variable of the multi-instance: the regional group acknowledging. */
    public static final Variable<String> ACKNOWLEDGING_GROUP = Variable.text("acknowledgingGroup");
    public static final Variable<Date> ACKNOWLEDGEMENT_DUE_DATE = Variable.instant("acknowledgementDueDate");
    public static final Variable<String> ACKNOWLEDGEMENT_STATUS = Variable.text("acknowledgementStatus");
    public static final Variable<Boolean> ACKNOWLEDGED = Variable.flag("acknowledged");
    public static final Variable<String> ACKNOWLEDGEMENT_QUESTIONS = Variable.text("acknowledgementQuestions");
    public static final Variable<String> FOLLOW_UP_NOTE = Variable.text("followUpNote");
    // offer table
    public static final Variable<TableOutcome> TABLE_OUTCOME = Variable.choice("tableOutcome", TableOutcome.class);
    public static final Variable<String> NO_CHANGE_REASON = Variable.text("noChangeReason");
    public static final Variable<String> TABLE_CHANGE_NOTE = Variable.text("tableChangeNote");
    public static final Variable<Integer> OFFER_TABLE_VERSION_AFTER = Variable.integer("offerTableVersionAfter");
    // information event
    public static final Variable<Integer> EVENT_ROUND = Variable.integer("eventRound");
    public static final Variable<List<String>> REQUIRED_REGIONS = Variable.texts("requiredRegions");
    public static final Variable<java.time.LocalDate> EVENT_DATE = Variable.day("eventDate");
    public static final Variable<String> EVENT_TIME = Variable.text("eventTime");
    public static final Variable<String> EVENT_PLACE = Variable.text("eventPlace");
    public static final Variable<String> EVENT_AGENDA = Variable.text("eventAgenda");
    public static final Variable<Boolean> AGENDA_FURTHER_TRAINING = Variable.flag("agendaFurtherTraining");
    public static final Variable<Boolean> AGENDA_PERSONNEL_POOLS = Variable.flag("agendaPersonnelPools");
    public static final Variable<List<String>> INVITEE_REGIONS = Variable.texts("inviteeRegions");
    public static final Variable<Date> EVENT_STARTS_AT = Variable.instant("eventStartsAt");
    public static final Variable<String> EVENT_SUMMARY = Variable.text("eventSummary");
    public static final Variable<EventOutcome> EVENT_OUTCOME = Variable.choice("eventOutcome", EventOutcome.class);
    public static final Variable<String> EVENT_NOT_HELD_REASON = Variable.text("eventNotHeldReason");
    public static final Variable<Long> PARTICIPANTS_ALTMARK = Variable.number("participantsAltmark");
    public static final Variable<Long> PARTICIPANTS_MAGDEBURG = Variable.number("participantsMagdeburg");
    public static final Variable<Long> PARTICIPANTS_HARZ = Variable.number("participantsHarz");
    public static final Variable<Long> PARTICIPANTS_ANHALT = Variable.number("participantsAnhalt");
    public static final Variable<Long> PARTICIPANTS_HALLE = Variable.number("participantsHalle");
    public static final Variable<String> EVENT_QUESTIONS = Variable.text("eventQuestions");
    public static final Variable<String> EVENT_RESULT = Variable.text("eventResult");
    // Einarbeitung
    public static final Variable<List<Newcomer>> NEWCOMERS = Variable.list("newcomers", Newcomer.class);
    public static final Variable<Date> ONBOARDING_WINDOW_ENDS = Variable.instant("onboardingWindowEnds");
    /** Which mail a mail step sends (input parameter of the model). */
    public static final Variable<String> MAIL = Variable.text("mail");

    private Var() {}

    /** The participant count field of a region in <i>Informationsveranstaltung dokumentieren</i>. */
    public static Variable<Long> participants(Region region) {
      return switch (region) {
        case ALTMARK -> PARTICIPANTS_ALTMARK;
        case MAGDEBURG -> PARTICIPANTS_MAGDEBURG;
        case HARZ -> PARTICIPANTS_HARZ;
        case ANHALT -> PARTICIPANTS_ANHALT;
        case HALLE -> PARTICIPANTS_HALLE;
      };
    }
  }

  /** The decision table {@code change-significance}: which change is significant (clause 3.4). */
  public static final class SignificanceDecision {
    public static final String KEY = "change-significance";
    /** A {@link ChangeKind}'s name. */
    public static final String INPUT_KIND = "changeKind";
    public static final String INPUT_FIELD_COUNT = "fieldCount";
    /** Whether WEITERBILDUNG or Personalentwicklung (Personalpools) is among the fields concerned. */
    public static final String INPUT_FURTHER_TRAINING = "furtherTrainingConcerned";
    public static final String OUTPUT_SIGNIFICANT = "significant";
    public static final String OUTPUT_REASON = "reason";

    private SignificanceDecision() {}
  }

  /** How the announcer settles the significance in the start form. */
  public enum SignificanceChoice {
    /** Take the proposal of the table {@code change-significance}. */
    VORSCHLAG,
    WESENTLICH,
    NICHT_WESENTLICH
  }

  /** The owner's answer in <i>Angebotstabelle anpassen</i>. */
  public enum TableOutcome {
    TABELLE_GEAENDERT, KEINE_AENDERUNG_NOETIG
  }

  /** The answer in <i>Informationsveranstaltung dokumentieren</i>. */
  public enum EventOutcome {
    STATTGEFUNDEN, AUSGEFALLEN
  }

  /** The mails of the process (input parameter {@code mail} of the mail steps). */
  public enum Mail {
    ANNOUNCEMENT, REMINDER, INVITATION
  }

  /**
   * One row of the table {@code offer-for-need} that should change, as the owner's task shows it.
   *
   * @param action {@code ERGAENZEN}, {@code ENTFERNEN} or {@code PRUEFEN}
   * @param ruleNumber the row's number in Modeler (1-based), null for a new row
   * @param ruleId the row's id in the XML, null for a new row
   */
  public record TableRow(String action, Integer ruleNumber, String ruleId, String need, String needLabel,
      String offerId, String offerName, String partnerGroup) {}

  /**
   * A new Regiocoach of an Einarbeitung.
   *
   * @param userId null when MS started the Einarbeitung by hand for a coach without a platform account
   */
  public record Newcomer(String userId, String name, String region, String noticedAt) {

    static Newcomer of(String userId, String name, Region region, Instant noticedAt) {
      return new Newcomer(userId, name, region.id(), noticedAt.toString());
    }
  }

  /** The five regions' ids, in the order of {@link Region}. */
  public static List<String> regionIds() {
    return Arrays.stream(Region.values()).map(Region::id).toList();
  }
}
