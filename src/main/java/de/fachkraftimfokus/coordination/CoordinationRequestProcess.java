package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.contract.FormContract;
import de.fachkraftimfokus.contract.FormField;
import de.fachkraftimfokus.contract.MessageContract;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The backing class of {@code coordination-request} (DESIGN.md §2.3, clauses 2.1 and 2.3): its
 * key, element ids, message, variable names and the conversion of its input. No other class
 * spells an id or a variable name.
 */
public final class CoordinationRequestProcess {

  public static final String KEY = ProcessKey.COORDINATION_REQUEST.key();
  public static final String BUSINESS_KEY_PREFIX = "AB";
  public static final Pattern BUSINESS_KEY = Pattern.compile("AB-\\d{4}-\\d{4}");

  /** Element ids — the contract of Tasklist filters and tests. */
  public static final class Element {
    public static final String START = "announcementReceived";
    public static final String PUBLISH_ACTIVITY = "publishActivity";
    public static final String NOTIFY_PUBLICATION = "notifyPublication";
    public static final String GW_ROUND_START = "gwRoundStart";
    public static final String GIVE_STATEMENT = "giveStatement";
    public static final String STATEMENT_DEADLINE = "statementDeadline";
    public static final String RECORD_SILENT_CONSENT = "recordSilentConsent";
    public static final String GW_STATEMENTS_COLLECTED = "gwStatementsCollected";
    public static final String EVALUATE_ROUND = "evaluateRound";
    public static final String GW_RESOLUTION_NEEDED = "gwResolutionNeeded";
    public static final String RESOLVE_OBJECTIONS = "resolveObjections";
    public static final String GW_RESOLUTION = "gwResolution";
    public static final String REVISE_ACTIVITY = "reviseActivity";
    public static final String MARK_WITHDRAWN = "markWithdrawn";
    public static final String REFER_TO_JOUR_FIXE = "referToJourFixe";
    public static final String WAIT_FOR_JOUR_FIXE = "waitForJourFixeDecision";
    public static final String APPLY_JOUR_FIXE_DECISION = "applyJourFixeDecision";
    public static final String MARK_AGREED = "markAgreed";
    public static final String GW_OUTCOME = "gwOutcome";
    public static final String NOTIFY_RESULT = "notifyResult";
    public static final String END = "requestSettled";

    private Element() {}
  }

  /** Message {@value}, correlated by business key, carrying {@link Var#DECISION} and {@link Var#DECISION_TEXT}. */
  public static final String MESSAGE_JOUR_FIXE_DECISION = "JourFixeDecision";

  /**
   * What a client may send with {@link #MESSAGE_JOUR_FIXE_DECISION}: the Geschäftsstelle ({@code stk})
   * delivers a Jour fixe's decision to the waiting request by its business key.
   */
  public static final MessageContract JOUR_FIXE_DECISION_CONTRACT = new MessageContract(MESSAGE_JOUR_FIXE_DECISION,
      BUSINESS_KEY, FormContract.of(MESSAGE_JOUR_FIXE_DECISION,
          FormField.choice(Var.DECISION.name(), "Beschluss", JourFixeDecision.ids(), true),
          FormField.text(Var.DECISION_TEXT.name(), "Wortlaut des Beschlusses", FormContract.MAX_TEXT, true)));

  /** Variable names; form field keys are the same. */
  public static final class Var {
    public static final Variable<String> ACTIVITY_TYPE = Variable.text("activityType");
    public static final Variable<String> TITLE = Variable.text("title");
    public static final Variable<String> DESCRIPTION = Variable.text("description");
    public static final Variable<List<String>> SECTORS = Variable.texts("sectors");
    public static final Variable<List<String>> REGIONS = Variable.texts("regions");
    public static final Variable<List<String>> SIZE_BANDS = Variable.texts("sizeBands");
    public static final Variable<LocalDate> PERIOD_START = Variable.day("periodStart");
    public static final Variable<LocalDate> PERIOD_END = Variable.day("periodEnd");
    public static final Variable<String> LEAD_PARTNER = Variable.text("leadPartner");
    public static final Variable<Long> EXPECTED_COMPANIES = Variable.number("expectedCompanies");
    public static final Variable<String> INITIATOR = Variable.text("initiator");
    /** The group ids asked for a statement (the multi-instance collection). */
    public static final Variable<List<String>> STATEMENT_PARTNERS = Variable.texts("statementPartners");
    /** The element variable of the multi-instance: the group giving this statement. */
    public static final Variable<String> STATEMENT_PARTNER = Variable.text("statementPartner");
    public static final Variable<String> STATEMENT = Variable.text("statement");
    public static final Variable<String> STATEMENT_TEXT = Variable.text("statementText");
    public static final Variable<Integer> ROUND = Variable.integer("round");
    public static final Variable<java.util.Date> STATEMENT_DUE_DATE = Variable.instant("statementDueDate");
    public static final Variable<Boolean> OVERLAPS_FOUND = Variable.flag("overlapsFound");
    public static final Variable<String> OVERLAP_SUMMARY = Variable.text("overlapSummary");
    /** The announced activity as read-only text for the statement form (set at each round). */
    public static final Variable<String> ACTIVITY_TEXT = Variable.text("activityText");
    public static final Variable<Boolean> RESOLUTION_NEEDED = Variable.flag("resolutionNeeded");
    public static final Variable<String> ROUND_SUMMARY = Variable.text("roundSummary");
    public static final Variable<String> RESOLUTION = Variable.text("resolution");
    public static final Variable<String> RESOLUTION_TEXT = Variable.text("resolutionText");
    public static final Variable<String> DECISION = Variable.text("decision");
    public static final Variable<String> DECISION_TEXT = Variable.text("decisionText");
    public static final Variable<String> OUTCOME = Variable.text("outcome");
    /** Input parameter of the two „Abschluss eintragen“ steps: the register's final state. */
    public static final Variable<ActivityState> TARGET_STATE = Variable.choice("targetState", ActivityState.class);

    private Var() {}
  }

  /** What the initiator decides in {@code resolveObjections}. */
  public enum Resolution {
    ANGEPASST, ZURUECKGEZOGEN, JOUR_FIXE;

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  /** The decision a Jour fixe delivers with {@value #MESSAGE_JOUR_FIXE_DECISION}. */
  public enum JourFixeDecision {
    /** Agreed as announced. */
    ZUGESTIMMT(ActivityState.ABGESTIMMT),
    /** Agreed with the conditions in the decision text. */
    ANGEPASST(ActivityState.ABGESTIMMT_MIT_AUFLAGEN),
    /** Refused: the activity does not take place. */
    ABGELEHNT(ActivityState.ABGELEHNT);

    private final ActivityState state;

    JourFixeDecision(ActivityState state) {
      this.state = state;
    }

    public ActivityState state() {
      return state;
    }

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  public static final List<String> REGIONS = Arrays.stream(Region.values()).map(Region::id).toList();

  private CoordinationRequestProcess() {}

  /**
   * What the announcement's form cannot say (start form and adjustment alike; the form itself is
   * the contract of each field): the period ends after it begins, and a sector or a region names
   * whom the activity reaches.
   */
  public static InputCheck checkActivity(VariableScope scope) {
    InputCheck check = InputCheck.of(Map.of());
    LocalDate start = Var.PERIOD_START.get(scope);
    LocalDate end = Var.PERIOD_END.get(scope);
    if (start != null && end != null) {
      check.rule(end.isAfter(start), Var.PERIOD_END, "Geplantes Ende", "muss nach dem geplanten Beginn liegen");
    }
    check.rule(!Var.SECTORS.get(scope).isEmpty() || !Var.REGIONS.get(scope).isEmpty(), Var.SECTORS,
        "Branchen (WZ 2008)", "mindestens eine Branche oder eine Region auswählen");
    return check;
  }

  /** Reads the activity's fields after {@link #checkActivity} accepted them. */
  public static Activity activityOf(String businessKey, VariableScope scope, ActivityState state, int round) {
    return new Activity(businessKey,
        ActivityType.valueOf(Var.ACTIVITY_TYPE.require(scope)),
        Var.TITLE.require(scope).trim(),
        Var.DESCRIPTION.require(scope).trim(),
        Var.SECTORS.get(scope),
        Var.REGIONS.get(scope),
        Var.SIZE_BANDS.get(scope),
        Var.PERIOD_START.get(scope),
        Var.PERIOD_END.get(scope),
        Var.LEAD_PARTNER.get(scope),
        Var.EXPECTED_COMPANIES.require(scope).intValue(),
        Var.INITIATOR.get(scope),
        state, round, null);
  }

  /** Keeps the list variables as clean Json lists (Tasklist sends them so; Java callers may not). */
  public static void normalizeLists(VariableScope scope) {
    for (Variable<List<String>> list : List.of(Var.SECTORS, Var.REGIONS, Var.SIZE_BANDS)) {
      list.set(scope, list.get(scope));
    }
  }

  public static String businessKey(int year, int number) {
    return String.format("%s-%d-%04d", BUSINESS_KEY_PREFIX, year, number);
  }
}
