package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the next turn of the rotation (moderation, minutes) and sets the deadlines. */
@Component("planMeetingDelegate")
class PlanMeetingDelegate implements JavaDelegate {

  private final JourFixeService service;
  private final RotationService rotation;

  PlanMeetingDelegate(JourFixeService service, RotationService rotation) {
    this.service = service;
    this.rotation = rotation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RotationService.Turn turn = rotation.nextTurn(RotationService.JOUR_FIXE_ROTATION, service.rotationPartners());
    service.assignRoles(execution.getProcessBusinessKey(), turn);
    LocalDate date = LocalDate.parse((String) execution.getVariable(MEETING_DATE));
    execution.setVariable(MODERATOR_GROUP, turn.moderatorGroup());
    execution.setVariable(MINUTE_TAKER_GROUP, turn.minuteTakerGroup());
    execution.setVariable(MODERATOR_NAME, JourFixeService.groupName(turn.moderatorGroup()));
    execution.setVariable(MINUTE_TAKER_NAME, JourFixeService.groupName(turn.minuteTakerGroup()));
    execution.setVariable(PARTICIPANT_GROUPS, new ArrayList<>(service.participants()));
    execution.setVariable(MEETING_ENDS_AT, service.meetingEndsAt(date));
    execution.setVariable(CONTRIBUTION_DUE_AT, service.contributionDueAt(date));
  }
}
