package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.process.Option;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The backing class of {@code public-activity} (DESIGN.md §2.5, agreement 1.1–1.3): a partner
 * announces a press release, event, company workshop, publication, web content or social-media
 * post; the umbrella brand is checked, workshops and events are coordinated in time, the activity
 * is published in the activity register, every other partner points to it, and its result is
 * recorded. Key, element ids, variables and the rules of its input; no other class spells an id or
 * a variable name.
 */
public final class PublicActivityProcess {

  public static final String KEY = ProcessKey.PUBLIC_ACTIVITY.key();
  /** Number series of the business keys {@code OA-<year>-<4 digits>} ({@code process.YearlyNumbers}). */
  public static final String NUMBER_SERIES = "OA";
  public static final Pattern BUSINESS_KEY = Pattern.compile("OA-\\d{4}-\\d{4}");
  /** The umbrella brand of agreement 1.2, word for word. */
  public static final String UMBRELLA_BRAND = "Fachkraft im Fokus – Projekte des Landes Sachsen-Anhalt zur Fachkräftesicherung";
  /** The decision table process owners keep: which kind needs logo, wording, link. */
  public static final String BRAND_DECISION = "brand-requirements";
  /** Source type of the Jour-fixe agenda items the Geschäftsstelle raises from {@link Element#FOLLOW_UP_CROSS_LINKS}. */
  public static final AgendaSource AGENDA_SOURCE = AgendaSource.PUBLIC_ACTIVITY;
  /** The staff calendar page of upcoming public activities (linked from Tasklist's welcome page and forms). */
  public static final String CALENDAR_PATH = "/seiten/oeffentlichkeitsarbeit";

  /** Element ids — the contract of Tasklist filters and tests. */
  public static final class Element {
    public static final String START = "activityAnnounced";
    public static final String REGISTER_ACTIVITY = "registerActivity";
    public static final String GW_BRAND_CHECK = "gwBrandCheck";
    public static final String CHECK_BRAND = "checkBrand";
    public static final String GW_BRAND_COMPLETE = "gwBrandComplete";
    public static final String COMPLETE_BRAND = "completeBrand";
    public static final String GW_BRAND_FIX = "gwBrandFix";
    public static final String MARK_WITHDRAWN = "markWithdrawn";
    public static final String WITHDRAWN = "activityWithdrawn";
    public static final String GW_COORDINATED_KIND = "gwCoordinatedKind";
    public static final String GW_CLASH_CHECK = "gwClashCheck";
    public static final String CHECK_CLASHES = "checkClashes";
    public static final String GW_CLASH = "gwClash";
    public static final String COORDINATE_DATE = "coordinateDate";
    public static final String RECORD_DATE_DECISION = "recordDateDecision";
    public static final String NOTIFY_CLASH_PARTNERS = "notifyClashPartners";
    public static final String GW_DATE_MOVED = "gwDateMoved";
    public static final String GW_READY_TO_PUBLISH = "gwReadyToPublish";
    public static final String PUBLISH_ACTIVITY = "publishActivity";
    public static final String NOTIFY_PARTNERS = "notifyPartners";
    public static final String GW_PUBLISHED = "gwPublished";
    public static final String POINT_TO_ACTIVITY = "pointToActivity";
    public static final String CROSS_LINK_REMINDER = "crossLinkReminder";
    public static final String SEND_REMINDER = "sendCrossLinkReminder";
    public static final String REMINDER_SENT = "reminderSent";
    public static final String CROSS_LINK_DEADLINE = "crossLinkDeadlinePassed";
    public static final String RECORD_MISSING = "recordMissingCrossLinks";
    public static final String GW_CROSS_LINKS_COLLECTED = "gwCrossLinksCollected";
    public static final String GW_CROSS_LINKS_MISSING = "gwCrossLinksMissing";
    public static final String NOTIFY_OFFICE = "notifyOffice";
    public static final String FOLLOW_UP_CROSS_LINKS = "followUpCrossLinks";
    public static final String GW_CROSS_LINKS_DONE = "gwCrossLinksDone";
    public static final String DATE_PASSED = "activityDatePassed";
    public static final String RECORD_RESULT = "recordResult";
    public static final String GW_FOLLOW_UP_DONE = "gwFollowUpDone";
    public static final String END = "activityConcluded";

    private Element() {}
  }

  /** Variable names; form field keys are the same. */
  public static final class Var {
    // start form
    public static final Variable<PublicActivityKind> KIND = Variable.choice("kind", PublicActivityKind.class);
    public static final Variable<String> TITLE = Variable.text("title");
    public static final Variable<String> DESCRIPTION = Variable.text("description");
    public static final Variable<LocalDate> PERIOD_START = Variable.day("periodStart");
    /** Optional: the last day of a period; absent for a single day. */
    public static final Variable<LocalDate> PERIOD_END = Variable.day("periodEnd");
    /** Planning regions; none = statewide. */
    public static final Variable<List<String>> REGIONS = Variable.texts("regions");
    /** Handlungsfelder of the clearing form ({@code advisorycase.FieldOfAction}). */
    public static final Variable<List<String>> TOPICS = Variable.texts("topics");
    public static final Variable<List<String>> TARGET_GROUPS = Variable.texts("targetGroups");
    public static final Variable<String> LINK = Variable.text("link");
    public static final Variable<String> DRAFT_TEXT = Variable.text("draftText");
    public static final Variable<String> LEAD_PARTNER = Variable.text("leadPartner");
    public static final Variable<Boolean> BRAND_LOGO = Variable.flag("brandLogo");
    public static final Variable<Boolean> BRAND_WORDING = Variable.flag("brandWording");
    public static final Variable<Boolean> BRAND_LINK = Variable.flag("brandLink");
    /** Set by the engine from the authenticated starter (camunda:initiator). */
    public static final Variable<String> INITIATOR = Variable.text("initiator");
    // brand check
    public static final Variable<Integer> BRAND_CHECKS = Variable.integer("brandChecks");
    public static final Variable<Boolean> BRAND_COMPLETE = Variable.flag("brandComplete");
    public static final Variable<String> BRAND_MISSING = Variable.text("brandMissing");
    public static final Variable<BrandFix> BRAND_FIX = Variable.choice("brandFix", BrandFix.class);
    public static final Variable<String> BRAND_FIX_NOTE = Variable.text("brandFixNote");
    // workshop coordination
    public static final Variable<Boolean> COORDINATED_KIND = Variable.flag("coordinatedKind");
    public static final Variable<Integer> CLASH_ROUND = Variable.integer("clashRound");
    public static final Variable<Boolean> CLASH_FOUND = Variable.flag("clashFound");
    public static final Variable<String> CLASH_SUMMARY = Variable.text("clashSummary");
    /** The clashing activities as options of {@code combineWith} (valuesKey), with their lead partners. */
    public static final Variable<List<Option>> CLASH_OPTIONS = Variable.list("clashOptions", Option.class);
    /** Lead partners of the clashing activities: they are told what the initiator decided. */
    public static final Variable<List<String>> CLASH_PARTNERS = Variable.texts("clashPartners");
    public static final Variable<DateDecision> DATE_DECISION = Variable.choice("dateDecision", DateDecision.class);
    public static final Variable<LocalDate> NEW_PERIOD_START = Variable.day("newPeriodStart");
    public static final Variable<LocalDate> NEW_PERIOD_END = Variable.day("newPeriodEnd");
    public static final Variable<String> COMBINE_WITH = Variable.text("combineWith");
    public static final Variable<String> DATE_DECISION_NOTE = Variable.text("dateDecisionNote");
    public static final Variable<Boolean> DATE_MOVED = Variable.flag("dateMoved");
    // publication and cross-links
    public static final Variable<String> ACTIVITY_SUMMARY = Variable.text("activitySummary");
    public static final Variable<List<String>> CROSS_LINK_PARTNERS = Variable.texts("crossLinkPartners");
    /** The element variable of the multi-instance: the group asked to point to the activity. */
    public static final Variable<String> CROSS_LINK_PARTNER = Variable.text("crossLinkPartner");
    public static final Variable<Date> CROSS_LINK_DUE_DATE = Variable.instant("crossLinkDueDate");
    /** After the reminder: when the Geschäftsstelle takes over the partners still silent. */
    public static final Variable<Date> CROSS_LINK_DEADLINE = Variable.instant("crossLinkDeadline");
    public static final Variable<CrossLinkAnswer> CROSS_LINK_ANSWER = Variable.choice("crossLinkAnswer", CrossLinkAnswer.class);
    public static final Variable<String> CROSS_LINK_URL = Variable.text("crossLinkUrl");
    public static final Variable<String> CROSS_LINK_REASON = Variable.text("crossLinkReason");
    public static final Variable<Boolean> CROSS_LINKS_MISSING = Variable.flag("crossLinksMissing");
    public static final Variable<String> CROSS_LINK_SUMMARY = Variable.text("crossLinkSummary");
    public static final Variable<String> FOLLOW_UP_NOTE = Variable.text("followUpNote");
    public static final Variable<Boolean> REFER_TO_JOUR_FIXE = Variable.flag("referToJourFixe");
    // result
    /** The morning after the activity's last day: Ergebnis festhalten begins. */
    public static final Variable<Date> RESULT_DUE = Variable.instant("resultDue");
    public static final Variable<Date> RESULT_TASK_DUE = Variable.instant("resultTaskDue");
    public static final Variable<Boolean> CANCELLED = Variable.flag("cancelled");
    public static final Variable<Long> PARTICIPANTS = Variable.number("participants");
    public static final Variable<String> RESONANCE = Variable.text("resonance");
    public static final Variable<String> PRESS_LINKS = Variable.text("pressLinks");

    private Var() {}
  }

  /** Inputs and outputs of {@value #BRAND_DECISION} (column names of the table). */
  public static final class BrandDecision {
    public static final String INPUT_KIND = "kind";
    public static final String OUTPUT_LOGO = "needsLogo";
    public static final String OUTPUT_WORDING = "needsWording";
    public static final String OUTPUT_LINK = "needsLink";
    public static final String OUTPUT_HINT = "hint";

    private BrandDecision() {}
  }

  /** What the initiator does in {@code completeBrand}. */
  public enum BrandFix {
    /** The missing references are added: check again. */
    ERGAENZT,
    /** The activity does not go out. */
    ZURUECKGEZOGEN;

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  /** The three outcomes of {@code coordinateDate} (clause 1.3). */
  public enum DateDecision {
    VERSCHIEBEN("Termin verschoben"),
    ZUSAMMENLEGEN("mit dem anderen Partner zusammengelegt"),
    BEIBEHALTEN("Termin beibehalten");

    private final String germanName;

    DateDecision(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  /** A partner's answer in {@code pointToActivity}. */
  public enum CrossLinkAnswer {
    VERLINKT, NICHT_VERLINKT;

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  /** A cross-link as the register keeps it: the partner's answer, or its silence. */
  public enum CrossLinkState {
    /** Asked, no answer yet. */
    OFFEN("offen"),
    VERLINKT("verlinkt"),
    NICHT_VERLINKT("nicht verlinkt (mit Begründung)"),
    FEHLT("keine Rückmeldung");

    private final String germanName;

    CrossLinkState(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }
  }

  /** A web address as the forms ask for it. */
  public static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");

  private PublicActivityProcess() {}

  public static String businessKey(int year, int number) {
    return String.format("%s-%d-%04d", NUMBER_SERIES, year, number);
  }

  /**
   * What the announcement's forms cannot say (start form and {@code completeBrand} alike): the first
   * day is not in the past, the last day not before the first, and there is something to check the
   * brand in — the link or the draft text.
   */
  public static InputCheck checkAnnouncement(VariableScope scope, LocalDate today) {
    InputCheck check = InputCheck.of(Map.of());
    checkPeriod(check, Var.PERIOD_START.get(scope), Var.PERIOD_END.get(scope), today, Var.PERIOD_START, Var.PERIOD_END);
    check.rule(!blank(Var.LINK.get(scope)) || !blank(Var.DRAFT_TEXT.get(scope)), Var.LINK, "Link",
        "Link oder Entwurfstext angeben – daran wird der Bezug auf die Dachmarke geprüft");
    return check;
  }

  /** A planned date or period: first day today or later, last day (if any) not before it. */
  static void checkPeriod(InputCheck check, LocalDate start, LocalDate end, LocalDate today, Variable<?> startField,
      Variable<?> endField) {
    if (start == null) {
      check.rule(false, startField, "Geplantes Datum", "Pflichtfeld");
      return;
    }
    check.rule(!start.isBefore(today), startField, "Geplantes Datum", "darf nicht in der Vergangenheit liegen");
    if (end != null) {
      check.rule(!end.isBefore(start), endField, "Letzter Tag", "darf nicht vor dem ersten Tag liegen");
    }
  }

  /** Keeps the list variables as clean Json lists (Tasklist sends them so; Java callers may not). */
  static void normalizeLists(VariableScope scope) {
    for (Variable<List<String>> list : List.of(Var.REGIONS, Var.TOPICS, Var.TARGET_GROUPS)) {
      list.set(scope, list.get(scope));
    }
  }

  /** The announcement as the register keeps it, after the start's checks accepted it. */
  static PublicActivity activityOf(String businessKey, VariableScope scope) {
    return PublicActivity.announced(businessKey, Var.KIND.require(scope), Var.TITLE.require(scope).trim(),
        Var.DESCRIPTION.require(scope).trim(), Var.PERIOD_START.require(scope), Var.PERIOD_END.get(scope),
        Var.REGIONS.get(scope), Var.TOPICS.get(scope), Var.TARGET_GROUPS.get(scope), trimmed(Var.LINK.get(scope)),
        Var.LEAD_PARTNER.require(scope), Var.INITIATOR.get(scope));
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trimmed(String text) {
    return blank(text) ? null : text.trim();
  }
}
