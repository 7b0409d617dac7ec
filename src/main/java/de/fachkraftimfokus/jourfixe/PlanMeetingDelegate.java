package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the next turn of the rotation (moderation, minutes), invites the participants and sets the deadlines. */
@Component("planMeetingDelegate")
class PlanMeetingDelegate implements JavaDelegate {

  private final Meetings meetings;
  private final RotationService rotation;
  private final JourFixeSettings settings;
  private final JourFixeCalendar calendar;

  PlanMeetingDelegate(Meetings meetings, RotationService rotation, JourFixeSettings settings,
      JourFixeCalendar calendar) {
    this.meetings = meetings;
    this.rotation = rotation;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RotationService.Turn turn = rotation.nextTurn(RotationService.JOUR_FIXE_ROTATION, settings.rotationPartners());
    meetings.assignRoles(execution.getProcessBusinessKey(), turn);
    LocalDate date = Var.MEETING_DATE.require(execution);
    Var.MODERATOR_GROUP.set(execution, turn.moderatorGroup());
    Var.MINUTE_TAKER_GROUP.set(execution, turn.minuteTakerGroup());
    Var.MODERATOR_NAME.set(execution, JourFixeService.groupName(turn.moderatorGroup()));
    Var.MINUTE_TAKER_NAME.set(execution, JourFixeService.groupName(turn.minuteTakerGroup()));
    Var.PARTICIPANT_GROUPS.set(execution, settings.participants());
    Var.MEETING_ENDS_AT.set(execution, calendar.meetingEndsAt(date));
    Var.CONTRIBUTION_DUE_AT.set(execution, calendar.contributionDueAt(date));
  }
}
