package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.Variable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The backing class of {@code annual-conference} (DESIGN.md §2.5, agreement 1.3): the partners' one
 * joint conference (Fachveranstaltung) of a year — lead partner and date, programme contributions of
 * every partner, the programme composed and approved, the programme document, the invitation as a
 * {@code public-activity} of kind event, registrations, and after the date the evaluation whose
 * follow-ups go onto the next Jour fixe's agenda. Also the backing class of the small yearly
 * schedule {@value #SCHEDULE_KEY}. Key, element ids and variables; no other class spells them.
 */
public final class AnnualConferenceProcess {

  public static final String KEY = ProcessKey.ANNUAL_CONFERENCE.key();
  /** The yearly timer lives in its own small process (Camunda 7: one none or timer start per process). */
  public static final String SCHEDULE_KEY = "annual-conference-schedule";
  /** The schedule starts the conference of the year by this message (internal, never from outside). */
  public static final String MESSAGE_SCHEDULED = "AnnualConferenceScheduled";
  /** Business keys {@code FV-<year>}: one conference per year. */
  public static final String NUMBER_SERIES = "FV";
  public static final Pattern BUSINESS_KEY = Pattern.compile("FV-\\d{4}");
  /** Source type of the follow-ups on the Jour fixe's agenda. */
  public static final AgendaSource AGENDA_SOURCE = AgendaSource.ANNUAL_CONFERENCE;
  /** The umbrella brand of agreement 1.2, word for word, on every programme. */
  public static final String UMBRELLA_BRAND = "Fachkraft im Fokus – Projekte des Landes Sachsen-Anhalt zur Fachkräftesicherung";

  /** Element ids — the contract of Tasklist filters and tests. */
  public static final class Element {
    public static final String START = "conferenceRequested";
    public static final String START_BY_SCHEDULE = "conferenceScheduled";
    public static final String GW_STARTED = "gwStarted";
    public static final String SET_LEAD_AND_DATE = "setLeadAndDate";
    public static final String NOTIFY_CALL = "notifyCallForContributions";
    public static final String SUBMIT_CONTRIBUTION = "submitContribution";
    public static final String CONTRIBUTION_DEADLINE = "contributionDeadlinePassed";
    public static final String RECORD_LATE = "recordLateContributions";
    public static final String GW_CONTRIBUTIONS_DONE = "gwContributionsDone";
    public static final String PREPARE_PROGRAMME = "prepareProgramme";
    public static final String GW_COMPOSE = "gwCompose";
    public static final String COMPOSE_PROGRAMME = "composeProgramme";
    public static final String APPROVE_PROGRAMME = "approveProgramme";
    public static final String GW_PROGRAMME_APPROVED = "gwProgrammeApproved";
    public static final String GENERATE_PROGRAMME = "generateProgramme";
    public static final String NOTIFY_PROGRAMME = "notifyProgramme";
    public static final String GW_INVITATION = "gwInvitation";
    public static final String PUBLISH_INVITATION = "publishInvitation";
    public static final String GW_REGISTRATION_LOOP = "gwRegistrationLoop";
    public static final String RECORD_REGISTRATIONS = "recordRegistrations";
    public static final String REGISTRATION_CLOSED = "registrationClosed";
    public static final String GW_MORE_REGISTRATIONS = "gwMoreRegistrations";
    public static final String GW_REGISTRATIONS_DONE = "gwRegistrationsDone";
    public static final String CONFERENCE_OVER = "conferenceOver";
    public static final String GW_CONFERENCE_DONE = "gwConferenceDone";
    public static final String EVALUATE_CONFERENCE = "evaluateConference";
    public static final String REGISTER_FOLLOW_UPS = "registerFollowUps";
    public static final String NOTIFY_EVALUATION = "notifyEvaluation";
    public static final String END = "conferenceConcluded";
    // the schedule
    public static final String SCHEDULE_TIMER = "conferenceScheduleTimer";
    public static final String SCHEDULE_CONFERENCE = "scheduleConference";
    public static final String CONFERENCE_SCHEDULED = "conferenceStartedBySchedule";

    private Element() {}
  }

  /** Variable names; form field keys are the same. */
  public static final class Var {
    // start
    public static final Variable<Integer> CONFERENCE_YEAR = Variable.integer("conferenceYear");
    /** Set by the engine from the authenticated starter (camunda:initiator); absent for the schedule. */
    public static final Variable<String> INITIATOR = Variable.text("initiator");
    public static final Variable<String> PROPOSED_LEAD = Variable.text("proposedLead");
    public static final Variable<String> ROTATION_NOTE = Variable.text("rotationNote");
    // Federführung und Termin festlegen
    public static final Variable<String> LEAD_PARTNER = Variable.text("leadPartner");
    public static final Variable<String> LEAD_OVERRIDE_REASON = Variable.text("leadOverrideReason");
    public static final Variable<LocalDate> CONFERENCE_DATE = Variable.day("conferenceDate");
    public static final Variable<ConferenceFormat> CONFERENCE_FORMAT = Variable.choice("conferenceFormat", ConferenceFormat.class);
    public static final Variable<String> VENUE = Variable.text("venue");
    public static final Variable<String> MOTTO = Variable.text("motto");
    public static final Variable<String> TOPICS = Variable.text("topics");
    public static final Variable<Long> BUDGET_FRAME = Variable.number("budgetFrame");
    public static final Variable<LocalDate> REGISTRATION_DEADLINE = Variable.day("registrationDeadline");
    public static final Variable<LocalDate> CONTRIBUTION_DUE_DATE = Variable.day("contributionDueDate");
    // derived from it
    public static final Variable<String> CONFERENCE_SUMMARY = Variable.text("conferenceSummary");
    /** End of the contribution due day: the tasks' due date and the deadline timer. */
    public static final Variable<Date> CONTRIBUTION_DUE = Variable.instant("contributionDue");
    public static final Variable<List<String>> CONTRIBUTION_PARTNERS = Variable.texts("contributionPartners");
    /** The element variable of the multi-instance: the group asked for a contribution. */
    public static final Variable<String> CONTRIBUTION_PARTNER = Variable.text("contributionPartner");
    /** End of the registration deadline day: the registration task closes. */
    public static final Variable<Date> REGISTRATION_CLOSES = Variable.instant("registrationCloses");
    /** The morning after the conference: the evaluation begins. */
    public static final Variable<Date> EVALUATION_START = Variable.instant("evaluationStart");
    public static final Variable<Date> EVALUATION_DUE = Variable.instant("evaluationDue");
    // Programmbeitrag einreichen (task-local)
    public static final Variable<ContributionKind> CONTRIBUTION_KIND = Variable.choice("contributionKind", ContributionKind.class);
    public static final Variable<String> CONTRIBUTION_TITLE = Variable.text("contributionTitle");
    public static final Variable<String> SPEAKER = Variable.text("speaker");
    public static final Variable<Long> DURATION_MINUTES = Variable.number("durationMinutes");
    public static final Variable<String> NEEDS = Variable.text("needs");
    // programme
    public static final Variable<String> LATE_CONTRIBUTIONS = Variable.text("lateContributions");
    public static final Variable<String> CONTRIBUTION_OVERVIEW = Variable.text("contributionOverview");
    public static final Variable<List<ProgrammeSlot>> PROGRAMME_SLOTS = Variable.list("programmeSlots", ProgrammeSlot.class);
    public static final Variable<String> PROGRAMME_PREVIEW_URL = Variable.text("programmePreviewUrl");
    public static final Variable<ProgrammeDecision> PROGRAMME_DECISION = Variable.choice("programmeDecision", ProgrammeDecision.class);
    public static final Variable<String> APPROVAL_NOTE = Variable.text("approvalNote");
    public static final Variable<Integer> PROGRAMME_ROUND = Variable.integer("programmeRound");
    public static final Variable<String> PROGRAMME_URL = Variable.text("programmeUrl");
    // invitation (public-activity) and registrations
    public static final Variable<String> INVITATION_KEY = Variable.text("invitationKey");
    public static final Variable<String> INVITATION_RESULT = Variable.text("invitationResult");
    public static final Variable<Long> INVITATION_PARTICIPANTS = Variable.number("invitationParticipants");
    public static final Variable<List<Registration>> NEW_REGISTRATIONS = Variable.list("newRegistrations", Registration.class);
    public static final Variable<Boolean> REGISTRATION_COMPLETE = Variable.flag("registrationComplete");
    public static final Variable<String> REGISTRATION_SUMMARY = Variable.text("registrationSummary");
    // Veranstaltung auswerten
    public static final Variable<Long> PARTICIPANTS = Variable.number("participants");
    public static final Variable<Long> COMPANIES = Variable.number("companies");
    public static final Variable<String> FEEDBACK_SUMMARY = Variable.text("feedbackSummary");
    public static final Variable<List<FollowUp>> FOLLOW_UPS = Variable.list("followUps", FollowUp.class);

    private Var() {}
  }

  /** Where the conference takes place. */
  public enum ConferenceFormat {
    PRAESENZ("in Präsenz"), ONLINE("online"), HYBRID("hybrid (vor Ort und online)");

    private final String germanName;

    ConferenceFormat(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }
  }

  /** What a partner offers for the programme. */
  public enum ContributionKind {
    VORTRAG("Vortrag"), WORKSHOP("Workshop"), STAND("Stand"), PRAXISBEISPIEL("Best-Practice-Unternehmen"),
    KEIN_BEITRAG("kein Beitrag");

    private final String germanName;

    ContributionKind(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }
  }

  /** The state of a partner's contribution (column {@code fv_contribution.state}). */
  public enum ContributionState {
    ANGEFRAGT("angefragt"), EINGEREICHT("eingereicht"), KEIN_BEITRAG("kein Beitrag"),
    VERSPAETET("nicht bis zur Frist eingereicht");

    private final String germanName;

    ContributionState(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }
  }

  /** The Geschäftsstelle's answer in {@code approveProgramme}. */
  public enum ProgrammeDecision {
    FREIGEBEN, ZURUECK;

    public static List<String> ids() {
      return Arrays.stream(values()).map(Enum::name).toList();
    }
  }

  /** Where the conference stands (column {@code fv_conference.state}). */
  public enum ConferenceState {
    IN_PLANUNG("in Planung"), BEITRAEGE("Programmbeiträge angefragt"), PROGRAMM("Programm in Arbeit"),
    EINGELADEN("eingeladen, Anmeldung offen"),
    ANMELDUNG_GESCHLOSSEN("Anmeldung geschlossen"), DURCHGEFUEHRT("durchgeführt"), AUSGEWERTET("ausgewertet");

    private final String germanName;

    ConferenceState(String germanName) {
      this.germanName = germanName;
    }

    public String germanName() {
      return germanName;
    }
  }

  /** A row of the programme (form {@code composeProgramme}); times as {@code HH:MM}. */
  public record ProgrammeSlot(String startTime, String endTime, String title, String speaker, String room) {}

  /** A registration as the lead partner enters it: a company and how many it sends. */
  public record Registration(String companyName, Long participants) {}

  /** A follow-up of the evaluation: it becomes an agenda item of the next Jour fixe. */
  public record FollowUp(String title, String description) {}

  private AnnualConferenceProcess() {}

  public static String businessKey(int year) {
    return NUMBER_SERIES + "-" + year;
  }

  /** Path of the programme document (HTTP Basic under /api); {@code .html} for the HTML version. */
  public static String programmePath(String businessKey, String ending) {
    return "/api/annual-conferences/" + businessKey + "/programme." + ending;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trimmed(String text) {
    return blank(text) ? null : text.trim();
  }
}
