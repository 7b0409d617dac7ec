package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.process.ProcessKey;

/**
 * The Jour fixe (agreement 2.2, DESIGN.md §2.4) in one place: process key, message, element ids
 * of {@code bpmn/jour-fixe.bpmn} and its variable names. Delegates, listeners, forms and tests
 * use these constants; form field keys equal the variable names.
 */
public final class JourFixeProcess {

  public static final String KEY = ProcessKey.JOUR_FIXE.key();
  /** Delivered to a coordination request waiting for the Jour fixe, correlated by its business key. */
  public static final String MESSAGE_DECISION = "JourFixeDecision";
  /**
   * The timer's small process: Camunda 7 allows one none or timer start per process, so the cycle
   * starts {@code jour-fixe-schedule}, which starts the Jour fixe by message {@link #MESSAGE_SCHEDULED}.
   */
  public static final String SCHEDULE_KEY = "jour-fixe-schedule";
  public static final String MESSAGE_SCHEDULED = "JourFixeScheduled";
  public static final String SCHEDULE_TIMER = "scheduleTimer";
  /** The series of {@link de.fachkraftimfokus.process.YearlyNumbers} that numbers the Jour fixes. */
  public static final String NUMBER_SERIES = "JF";
  /** Business key {@code JF-<year>-<2 digits>}. */
  public static final String BUSINESS_KEY_FORMAT = "JF-%d-%02d";

  // element ids — the task ids are the contract (DESIGN.md §5)
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

  // variables
  /** ISO date (yyyy-MM-dd) of the meeting; start form and {@code confirmDate} form. */
  public static final String MEETING_DATE = "meetingDate";
  /** Date: the meeting is over (timer {@code waitForMeeting}). */
  public static final String MEETING_ENDS_AT = "meetingEndsAt";
  /** Date: contributions are due five days before the meeting (boundary timer). */
  public static final String CONTRIBUTION_DUE_AT = "contributionDueAt";
  public static final String MODERATOR_GROUP = "moderatorGroup";
  public static final String MINUTE_TAKER_GROUP = "minuteTakerGroup";
  /** German names of the two role holders, for the forms. */
  public static final String MODERATOR_NAME = "moderatorName";
  public static final String MINUTE_TAKER_NAME = "minuteTakerName";
  public static final String SWAP_ROLES = "swapRoles";
  public static final String CHANGE_REASON = "changeReason";
  /** Checklist of {@code confirmDate}: partner groups excused from this Jour fixe. */
  public static final String ABSENT_GROUPS = "absentGroups";
  public static final String PARTICIPANT_GROUPS = "participantGroups";
  public static final String PARTICIPANT_GROUP = "participantGroup";
  public static final String EXPERIENCES = "experiences";
  public static final String PLANNED_CHANGES = "plannedChanges";
  public static final String INTERFACE_PROBLEMS = "interfaceProblems";
  public static final String FUNDING_SUGGESTIONS = "fundingSuggestions";
  public static final String PROPOSED_TOPICS = "proposedTopics";
  public static final String LATE_GROUPS = "lateGroups";
  /** Link to the monitoring report (PDF), shown in the tasks. */
  public static final String REPORT_URL = "reportUrl";
  /** Link to the approved minutes (PDF), shown in {@code implementAction}. */
  public static final String MINUTES_URL = "minutesUrl";
  /**
   * Json list (dynamic list of the agenda form): agendaItemId (empty for an item the Geschäftsstelle
   * adds), title, description. A list, not one text: Camunda keeps a String variable in at most 4000
   * characters, an agenda with its descriptions is longer.
   */
  public static final String AGENDA_ITEMS = "agendaItems";
  /** Json list (dynamic list of the minutes form): agendaItemId, title, decision, decisionText. */
  public static final String DECISIONS = "decisions";
  /** Json list (dynamic list of the minutes form): ownerGroup, dueDate, description. */
  public static final String ACTION_ITEMS = "actionItems";
  public static final String MINUTES_TEXT = "minutesText";
  /** {@code approve} or {@code revise}. */
  public static final String MINUTES_APPROVAL = "minutesApproval";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String ACTION_ITEM_IDS = "actionItemIds";
  public static final String ACTION_ITEM_ID = "actionItemId";
  public static final String ACTION_RESULT = "actionResult";

  public static final String APPROVE = "approve";
  public static final String REVISE = "revise";

  // variables of the JourFixeDecision message
  public static final String MESSAGE_VAR_DECISION = "decision";
  public static final String MESSAGE_VAR_DECISION_TEXT = "decisionText";

  private JourFixeProcess() {}
}
