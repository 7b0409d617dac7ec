package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code confirmDate}: the Geschäftsstelle may move the date and swap moderation and
 * minute-taking; either needs a reason. A date already taken by another open Jour fixe is refused.
 * Partners it marks as excused are skipped: a role holder among them is replaced by the next
 * present partner of the rotation (the rotation itself does not move back).
 */
@Component("confirmDateListener")
class ConfirmDateListener extends TaskCompletion {

  private final Meetings meetings;
  private final RotationService rotation;
  private final JourFixeSettings settings;
  private final JourFixeCalendar calendar;

  ConfirmDateListener(Meetings meetings, RotationService rotation, JourFixeSettings settings,
      JourFixeCalendar calendar) {
    this.meetings = meetings;
    this.rotation = rotation;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Meeting meeting = meetings.meeting(businessKey);
    InputCheck check = InputCheck.of(execution.getVariables());
    LocalDate date = check.dateOf(Var.MEETING_DATE);
    boolean swap = Var.SWAP_ROLES.isTrue(execution);
    boolean moved = date != null && !date.equals(meeting.meetingDate());
    String reason = Minutes.text(Var.CHANGE_REASON.get(execution));
    List<String> absent = absentGroups(execution);
    check.rule(date != null, Var.MEETING_DATE, "Termin", "Datum erforderlich (JJJJ-MM-TT)")
        .rule(date == null || !moved || !date.isBefore(JourFixeCalendar.today()), Var.MEETING_DATE,
            "Termin", "darf nicht in der Vergangenheit liegen")
        .rule(!(moved || swap) || reason != null, Var.CHANGE_REASON, "Begründung",
            "bei Terminänderung oder Rollentausch erforderlich")
        .rule(settings.rotationPartners().stream().filter(p -> !absent.contains(p)).count() >= 2, Var.ABSENT_GROUPS,
            "Entschuldigt", "für Moderation und Protokoll müssen mindestens zwei Partner teilnehmen")
        .orThrow();
    String moderator = swap ? meeting.minuteTakerGroup() : meeting.moderatorGroup();
    String minuteTaker = swap ? meeting.moderatorGroup() : meeting.minuteTakerGroup();
    List<String> notes = new ArrayList<>();
    if (reason != null) {
      notes.add(reason);
    }
    String presentModerator = standInFor(moderator, "Moderation", absent, minuteTaker, notes);
    RotationService.Turn turn = new RotationService.Turn(presentModerator,
        standInFor(minuteTaker, "Protokoll", absent, presentModerator, notes));
    meetings.confirm(businessKey, date, turn, notes.isEmpty() ? null : String.join("; ", notes), absent);
    Var.MEETING_DATE.set(execution, date);
    Var.MODERATOR_GROUP.set(execution, turn.moderatorGroup());
    Var.MINUTE_TAKER_GROUP.set(execution, turn.minuteTakerGroup());
    Var.MODERATOR_NAME.set(execution, JourFixeService.groupName(turn.moderatorGroup()));
    Var.MINUTE_TAKER_NAME.set(execution, JourFixeService.groupName(turn.minuteTakerGroup()));
    Var.MEETING_ENDS_AT.set(execution, calendar.meetingEndsAt(date));
    Var.CONTRIBUTION_DUE_AT.set(execution, calendar.contributionDueAt(date));
  }

  /**
   * The role holder, or — if excused — the next available partner of the rotation (never the
   * holder of the other role); a stand-in is noted for the invitation and the minutes.
   */
  private String standInFor(String holder, String role, List<String> absent, String otherRole, List<String> notes) {
    if (!absent.contains(holder)) {
      return holder;
    }
    List<String> unavailable = new ArrayList<>(absent);
    unavailable.add(otherRole);
    String standIn = rotation.standIn(RotationService.JOUR_FIXE_ROTATION, settings.rotationPartners(), holder,
        unavailable);
    notes.add(role + ": " + JourFixeService.groupName(standIn) + " vertritt " + JourFixeService.groupName(holder)
        + " (entschuldigt)");
    return standIn;
  }

  /** The excused groups; only participants of the Jour fixe can be excused. */
  private List<String> absentGroups(DelegateExecution execution) {
    List<String> groups;
    try {
      groups = Var.ABSENT_GROUPS.get(execution);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldError(Var.ABSENT_GROUPS.name(), "Entschuldigt",
          "keine gültige Auswahl")));
    }
    List<String> unknown = groups.stream().filter(g -> !settings.participants().contains(g)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError(Var.ABSENT_GROUPS.name(), "Entschuldigt",
          "kein Teilnehmer des Jour fixe: " + String.join(", ", unknown))));
    }
    return groups.stream().distinct().toList();
  }
}
