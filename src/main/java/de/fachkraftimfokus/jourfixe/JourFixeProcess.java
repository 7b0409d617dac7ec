package de.fachkraftimfokus.jourfixe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * The backing class of {@code bpmn/jour-fixe.bpmn} and {@code bpmn/jour-fixe-schedule.bpmn}
 * (agreement 2.2, DESIGN.md §2.4): keys, messages, element ids and the typed variables. Delegates,
 * listeners, the services and the tests use these; form field keys equal the variable names, and no
 * other class spells an id or a variable name.
 */
public final class JourFixeProcess {

  public static final String KEY = ProcessKey.JOUR_FIXE.key();
  /**
   * The timer's small process: Camunda 7 allows one none or timer start per process, so the cycle
   * starts {@code jour-fixe-schedule}, which starts the Jour fixe by message {@link #MESSAGE_SCHEDULED}.
   */
  public static final String SCHEDULE_KEY = "jour-fixe-schedule";
  public static final String MESSAGE_SCHEDULED = "JourFixeScheduled";
  /**
   * Delivered to a coordination request waiting for the Jour fixe, correlated by its business key; the
   * receiving process owns the message and its variables ({@link CoordinationRequestProcess.Var#DECISION},
   * {@link CoordinationRequestProcess.Var#DECISION_TEXT}).
   */
  public static final String MESSAGE_DECISION = CoordinationRequestProcess.MESSAGE_JOUR_FIXE_DECISION;
  /** The series of {@link de.fachkraftimfokus.process.YearlyNumbers} that numbers the Jour fixes. */
  public static final String NUMBER_SERIES = "JF";

  /** {@code minutesApproval} values of <i>Protokoll freigeben</i> (the model's gateway compares them). */
  public static final String APPROVE = "approve";
  public static final String REVISE = "revise";

  private JourFixeProcess() {}

  /** {@code JF-<year>-<2 digits>}. */
  public static String businessKey(int year, int number) {
    return "%s-%d-%02d".formatted(NUMBER_SERIES, year, number);
  }

  /** Element ids; the task ids are the contract (DESIGN.md §5). */
  public static final class Element {
    // jour-fixe-schedule
    public static final String SCHEDULE_TIMER = "scheduleTimer";
    public static final String SCHEDULE_JOUR_FIXE = "scheduleJourFixe";
    public static final String JOUR_FIXE_SCHEDULED = "jourFixeScheduled";
    // jour-fixe
    public static final String START_BY_SCHEDULE = "startBySchedule";
    public static final String START_MANUALLY = "startManually";
    public static final String GW_START = "gwStart";
    public static final String PLAN_MEETING = "planMeeting";
    public static final String CONFIRM_DATE = "confirmDate";
    public static final String SEND_INVITATION = "sendInvitation";
    public static final String PREPARE_CONTRIBUTION = "prepareContribution";
    public static final String CONTRIBUTION_DEADLINE = "contributionDeadline";
    public static final String RECORD_LATE_CONTRIBUTIONS = "recordLateContributions";
    public static final String GW_CONTRIBUTIONS_DONE = "gwContributionsDone";
    public static final String GENERATE_REPORT = "generateReport";
    public static final String ASSEMBLE_AGENDA = "assembleAgenda";
    public static final String FINALIZE_AGENDA = "finalizeAgenda";
    public static final String SEND_AGENDA = "sendAgenda";
    public static final String WAIT_FOR_MEETING = "waitForMeeting";
    public static final String GW_MINUTES = "gwMinutes";
    public static final String WRITE_MINUTES = "writeMinutes";
    public static final String APPROVE_MINUTES = "approveMinutes";
    public static final String GW_MINUTES_APPROVED = "gwMinutesApproved";
    public static final String RECORD_MINUTES = "recordMinutes";
    public static final String SEND_MINUTES = "sendMinutes";
    public static final String DELIVER_DECISIONS = "deliverDecisions";
    public static final String IMPLEMENT_ACTION = "implementAction";
    public static final String CLOSE_JOUR_FIXE = "closeJourFixe";
    public static final String END = "jourFixeDone";

    private Element() {}
  }

  /** The Jour fixe's variables (a form's field key is the variable's name). */
  public static final class Var {
    // date and roles
    /** The meeting's day: start form and {@code confirmDate}. */
    public static final Variable<LocalDate> MEETING_DATE = Variable.day("meetingDate");
    /** The meeting is over (timer {@code waitForMeeting}). */
    public static final Variable<Date> MEETING_ENDS_AT = Variable.instant("meetingEndsAt");
    /** Contributions are due (the tasks' due date and their boundary timer). */
    public static final Variable<Date> CONTRIBUTION_DUE_AT = Variable.instant("contributionDueAt");
    public static final Variable<String> MODERATOR_GROUP = Variable.text("moderatorGroup");
    public static final Variable<String> MINUTE_TAKER_GROUP = Variable.text("minuteTakerGroup");
    /** German names of the two role holders, for the forms. */
    public static final Variable<String> MODERATOR_NAME = Variable.text("moderatorName");
    public static final Variable<String> MINUTE_TAKER_NAME = Variable.text("minuteTakerName");
    public static final Variable<Boolean> SWAP_ROLES = Variable.flag("swapRoles");
    public static final Variable<String> CHANGE_REASON = Variable.text("changeReason");
    /** Checklist of {@code confirmDate}: partner groups excused from this Jour fixe. */
    public static final Variable<List<String>> ABSENT_GROUPS = Variable.texts("absentGroups");
    // contributions
    /** The groups invited (the contribution tasks' multi-instance collection). */
    public static final Variable<List<String>> PARTICIPANT_GROUPS = Variable.texts("participantGroups");
    /** The element variable of the multi-instance: the group preparing this contribution. */
    public static final Variable<String> PARTICIPANT_GROUP = Variable.text("participantGroup");
    public static final Variable<String> EXPERIENCES = Variable.text("experiences");
    public static final Variable<String> PLANNED_CHANGES = Variable.text("plannedChanges");
    public static final Variable<String> INTERFACE_PROBLEMS = Variable.text("interfaceProblems");
    public static final Variable<String> FUNDING_SUGGESTIONS = Variable.text("fundingSuggestions");
    public static final Variable<String> PROPOSED_TOPICS = Variable.text("proposedTopics");
    /** The participants without a contribution when the deadline passed. */
    public static final Variable<List<String>> LATE_GROUPS = Variable.texts("lateGroups");
    // documents
    /** Link to the monitoring report (PDF), shown in the tasks. */
    public static final Variable<String> REPORT_URL = Variable.text("reportUrl");
    /** Link to the approved minutes (PDF), shown in {@code implementAction}. */
    public static final Variable<String> MINUTES_URL = Variable.text("minutesUrl");
    // agenda and minutes
    /**
     * The dynamic list of the agenda form. A list, not one text: Camunda keeps a String variable in
     * at most 4000 characters, an agenda with its descriptions is longer.
     */
    public static final Variable<List<AgendaRow>> AGENDA_ITEMS = Variable.list("agendaItems", AgendaRow.class);
    /** The dynamic list of decisions of the minutes form, one row per agenda item. */
    public static final Variable<List<DecisionRow>> DECISIONS = Variable.list("decisions", DecisionRow.class);
    /** The dynamic list of action items of the minutes form. */
    public static final Variable<List<ActionRow>> ACTION_ITEMS = Variable.list("actionItems", ActionRow.class);
    public static final Variable<String> MINUTES_TEXT = Variable.text("minutesText");
    /** {@link #APPROVE} or {@link #REVISE}. */
    public static final Variable<String> MINUTES_APPROVAL = Variable.text("minutesApproval");
    public static final Variable<String> APPROVAL_COMMENT = Variable.text("approvalComment");
    // action items
    /** The ids of the action items decided (the {@code implementAction} multi-instance collection). */
    public static final Variable<List<String>> ACTION_ITEM_IDS = Variable.texts("actionItemIds");
    /** The element variable of the multi-instance: the action item of this task. */
    public static final Variable<Long> ACTION_ITEM_ID = Variable.number("actionItemId");
    public static final Variable<String> ACTION_RESULT = Variable.text("actionResult");

    private Var() {}
  }

  /**
   * One row of the agenda form (<i>Tagesordnung finalisieren</i>); {@code agendaItemId} is null for
   * an item the Geschäftsstelle adds. Unknown members are ignored, as Tasklist may send more.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AgendaRow(Long agendaItemId, String title, String description) {}

  /** One decision row of the minutes form: the agenda item, its decision code and wording. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DecisionRow(Long agendaItemId, String title, String decision, String decisionText) {}

  /** One action item row of the minutes form; the due date as the form's date field sends it (ISO). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ActionRow(String ownerGroup, String dueDate, String description) {}
}
