package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.contract.FormContract;
import de.fachkraftimfokus.contract.FormField;
import de.fachkraftimfokus.contract.MessageContract;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.validation.InputCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

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
          FormField.choice(Var.DECISION, "Beschluss", JourFixeDecision.ids(), true),
          FormField.text(Var.DECISION_TEXT, "Wortlaut des Beschlusses", FormContract.MAX_TEXT, true)));

  /** Variable names; form field keys are the same. */
  public static final class Var {
    public static final String ACTIVITY_TYPE = "activityType";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String SECTORS = "sectors";
    public static final String REGIONS = "regions";
    public static final String SIZE_BANDS = "sizeBands";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String LEAD_PARTNER = "leadPartner";
    public static final String EXPECTED_COMPANIES = "expectedCompanies";
    public static final String INITIATOR = "initiator";
    /** Comma-separated group ids asked for a statement (the multi-instance collection). */
    public static final String STATEMENT_PARTNERS = "statementPartners";
    /** The element variable of the multi-instance: the group giving this statement. */
    public static final String STATEMENT_PARTNER = "statementPartner";
    public static final String STATEMENT = "statement";
    public static final String STATEMENT_TEXT = "statementText";
    public static final String ROUND = "round";
    public static final String STATEMENT_DUE_DATE = "statementDueDate";
    public static final String OVERLAPS_FOUND = "overlapsFound";
    public static final String OVERLAP_SUMMARY = "overlapSummary";
    public static final String RESOLUTION_NEEDED = "resolutionNeeded";
    public static final String ROUND_SUMMARY = "roundSummary";
    public static final String RESOLUTION = "resolution";
    public static final String RESOLUTION_TEXT = "resolutionText";
    public static final String DECISION = "decision";
    public static final String DECISION_TEXT = "decisionText";
    public static final String OUTCOME = "outcome";

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

  /** WZ 2008 sections A–U. */
  public static final List<String> SECTORS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
      "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
  public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250+");
  public static final List<String> REGIONS = Arrays.stream(Region.values()).map(Region::id).toList();

  private CoordinationRequestProcess() {}

  /**
   * The one place where list input becomes typed: Tasklist submits checklists as Spin JSON
   * ({@code Json} variables); REST clients may send JSON text or a Java list.
   *
   * @return the strings, or {@code null} if the value is no list
   */
  public static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonValue json) {
      return stringList(json.getValue());
    }
    if (value instanceof TypedValue typed) {
      return stringList(typed.getValue());
    }
    if (value instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        return null;
      }
      List<String> result = new ArrayList<>();
      for (SpinJsonNode element : node.elements()) {
        if (!element.isString()) {
          return null;
        }
        result.add(element.stringValue());
      }
      return List.copyOf(result);
    }
    if (value instanceof Collection<?> collection) {
      List<String> result = new ArrayList<>();
      for (Object element : collection) {
        if (!(element instanceof String text)) {
          return null;
        }
        result.add(text);
      }
      return List.copyOf(result);
    }
    if (value instanceof String text) {
      if (text.isBlank()) {
        return List.of();
      }
      try {
        return stringList(Spin.JSON(text));
      } catch (RuntimeException notJson) {
        return null;
      }
    }
    return null;
  }

  /** The list as a Json variable, the form Tasklist's checklists read and write. */
  public static JsonValue jsonList(List<String> values) {
    SpinJsonNode array = Spin.JSON("[]");
    values.forEach(array::append);
    return SpinValues.jsonValue(array).create();
  }

  /**
   * What the announcement's form cannot say (start form and adjustment alike; the form itself is
   * the contract of each field): the period ends after it begins, and a sector or a region names
   * whom the activity reaches.
   */
  public static InputCheck checkActivity(Map<String, Object> variables) {
    InputCheck check = InputCheck.of(variables);
    LocalDate start = check.dateOf(Var.PERIOD_START);
    LocalDate end = check.dateOf(Var.PERIOD_END);
    if (start != null && end != null) {
      check.rule(end.isAfter(start), Var.PERIOD_END, "Geplantes Ende", "muss nach dem geplanten Beginn liegen");
    }
    List<String> sectors = stringList(variables.get(Var.SECTORS));
    List<String> regions = stringList(variables.get(Var.REGIONS));
    check.rule(sectors == null || regions == null || !sectors.isEmpty() || !regions.isEmpty(), Var.SECTORS,
        "Branchen (WZ 2008)", "mindestens eine Branche oder eine Region auswählen");
    return check;
  }

  /** Reads the activity's fields after {@link #checkActivity} accepted them. */
  public static Activity activityOf(String businessKey, Map<String, Object> variables, ActivityState state,
      int round) {
    InputCheck dates = InputCheck.of(variables);
    return new Activity(businessKey,
        ActivityType.valueOf((String) variables.get(Var.ACTIVITY_TYPE)),
        ((String) variables.get(Var.TITLE)).trim(),
        ((String) variables.get(Var.DESCRIPTION)).trim(),
        stringList(variables.get(Var.SECTORS)),
        stringList(variables.get(Var.REGIONS)),
        stringList(variables.get(Var.SIZE_BANDS)),
        dates.dateOf(Var.PERIOD_START),
        dates.dateOf(Var.PERIOD_END),
        (String) variables.get(Var.LEAD_PARTNER),
        ((Number) variables.get(Var.EXPECTED_COMPANIES)).intValue(),
        (String) variables.get(Var.INITIATOR),
        state, round, null);
  }

  /** Rewrites the list variables as Json lists, whatever form they came in (after {@link #checkActivity}). */
  public static void normalizeLists(org.camunda.bpm.engine.delegate.VariableScope scope) {
    for (String name : List.of(Var.SECTORS, Var.REGIONS, Var.SIZE_BANDS)) {
      scope.setVariable(name, jsonList(stringList(scope.getVariable(name))));
    }
  }

  public static String businessKey(int year, int number) {
    return String.format("%s-%d-%04d", BUSINESS_KEY_PREFIX, year, number);
  }
}
