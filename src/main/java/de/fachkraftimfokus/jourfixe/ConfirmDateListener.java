package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code confirmDate}: the Geschäftsstelle may move the date and swap moderation and
 * minute-taking; either needs a reason. A date already taken by another open Jour fixe is refused.
 */
@Component("confirmDateListener")
class ConfirmDateListener implements TaskListener {

  private final JourFixeService service;

  ConfirmDateListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String businessKey = execution.getProcessBusinessKey();
    JourFixeService.Meeting meeting = service.meeting(businessKey);
    InputCheck check = InputCheck.of(task.getVariables()).requiredDate(MEETING_DATE, "Termin")
        .optionalText(CHANGE_REASON, "Begründung");
    LocalDate date = check.dateOf(MEETING_DATE);
    boolean swap = Boolean.TRUE.equals(task.getVariable(SWAP_ROLES));
    boolean moved = date != null && !date.equals(meeting.meetingDate());
    Object reason = task.getVariable(CHANGE_REASON);
    boolean hasReason = reason instanceof String text && !text.isBlank();
    check.rule(date == null || !moved || !date.isBefore(LocalDate.now(JourFixeService.BERLIN)), MEETING_DATE,
            "Termin", "darf nicht in der Vergangenheit liegen")
        .rule(!(moved || swap) || hasReason, CHANGE_REASON, "Begründung",
            "bei Terminänderung oder Rollentausch erforderlich")
        .orThrow();
    RotationService.Turn turn = swap
        ? new RotationService.Turn(meeting.minuteTakerGroup(), meeting.moderatorGroup())
        : new RotationService.Turn(meeting.moderatorGroup(), meeting.minuteTakerGroup());
    service.confirm(businessKey, date, turn, hasReason ? ((String) reason).trim() : null);
    execution.setVariable(MEETING_DATE, date.toString());
    execution.setVariable(MODERATOR_GROUP, turn.moderatorGroup());
    execution.setVariable(MINUTE_TAKER_GROUP, turn.minuteTakerGroup());
    execution.setVariable(MEETING_ENDS_AT, service.meetingEndsAt(date));
    execution.setVariable(CONTRIBUTION_DUE_AT, service.contributionDueAt(date));
  }
}
