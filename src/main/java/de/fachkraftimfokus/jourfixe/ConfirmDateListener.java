package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code confirmDate}: the Geschäftsstelle may move the date and swap moderation and
 * minute-taking; either needs a reason. A date already taken by another open Jour fixe is refused.
 * Partners it marks as excused are skipped: a role holder among them is replaced by the next
 * present partner of the rotation (the rotation itself does not move back).
 */
@Component("confirmDateListener")
class ConfirmDateListener extends TaskCompletion {

  private final JourFixeService service;
  private final RotationService rotation;

  ConfirmDateListener(JourFixeService service, RotationService rotation) {
    this.service = service;
    this.rotation = rotation;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    JourFixeService.Meeting meeting = service.meeting(businessKey);
    InputCheck check = InputCheck.of(execution.getVariables());
    LocalDate date = check.dateOf(MEETING_DATE);
    boolean swap = Boolean.TRUE.equals(execution.getVariable(SWAP_ROLES));
    boolean moved = date != null && !date.equals(meeting.meetingDate());
    Object reason = execution.getVariable(CHANGE_REASON);
    boolean hasReason = reason instanceof String text && !text.isBlank();
    List<String> absent = absentGroups(execution.getVariable(ABSENT_GROUPS));
    check.rule(date == null || !moved || !date.isBefore(LocalDate.now(JourFixeService.BERLIN)), MEETING_DATE,
            "Termin", "darf nicht in der Vergangenheit liegen")
        .rule(!(moved || swap) || hasReason, CHANGE_REASON, "Begründung",
            "bei Terminänderung oder Rollentausch erforderlich")
        .rule(service.rotationPartners().stream().filter(p -> !absent.contains(p)).count() >= 2, ABSENT_GROUPS,
            "Entschuldigt", "für Moderation und Protokoll müssen mindestens zwei Partner teilnehmen")
        .orThrow();
    String moderator = swap ? meeting.minuteTakerGroup() : meeting.moderatorGroup();
    String minuteTaker = swap ? meeting.moderatorGroup() : meeting.minuteTakerGroup();
    List<String> notes = new ArrayList<>();
    if (hasReason) {
      notes.add(((String) reason).trim());
    }
    String presentModerator = standInFor(moderator, "Moderation", absent, minuteTaker, notes);
    RotationService.Turn turn = new RotationService.Turn(presentModerator,
        standInFor(minuteTaker, "Protokoll", absent, presentModerator, notes));
    service.confirm(businessKey, date, turn, notes.isEmpty() ? null : String.join("; ", notes));
    service.excuse(businessKey, absent);
    execution.setVariable(MEETING_DATE, date.toString());
    execution.setVariable(MODERATOR_GROUP, turn.moderatorGroup());
    execution.setVariable(MINUTE_TAKER_GROUP, turn.minuteTakerGroup());
    execution.setVariable(MODERATOR_NAME, JourFixeService.groupName(turn.moderatorGroup()));
    execution.setVariable(MINUTE_TAKER_NAME, JourFixeService.groupName(turn.minuteTakerGroup()));
    execution.setVariable(MEETING_ENDS_AT, service.meetingEndsAt(date));
    execution.setVariable(CONTRIBUTION_DUE_AT, service.contributionDueAt(date));
  }

  /**
   * The role holder, or — if excused — the next available partner of the rotation (never the
   * holder of the other role); a stand-in is noted for the invitation and the minutes.
   */
  private String standInFor(String holder, String role, List<String> absent, String otherRole, List<String> notes) {
    if (!absent.contains(holder)) {
      return holder;
    }
    String standIn = rotation.standIn(RotationService.JOUR_FIXE_ROTATION, service.rotationPartners(), holder,
        union(absent, otherRole));
    notes.add(role + ": " + JourFixeService.groupName(standIn) + " vertritt " + JourFixeService.groupName(holder)
        + " (entschuldigt)");
    return standIn;
  }

  /** The excused groups; only participants of the Jour fixe can be excused. */
  private List<String> absentGroups(Object value) {
    List<String> groups;
    try {
      groups = JsonVariables.stringList(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldError(ABSENT_GROUPS, "Entschuldigt", "keine gültige Auswahl")));
    }
    List<String> unknown = groups.stream().filter(g -> !service.participants().contains(g)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError(ABSENT_GROUPS, "Entschuldigt",
          "kein Teilnehmer des Jour fixe: " + String.join(", ", unknown))));
    }
    return groups.stream().distinct().toList();
  }

  private static List<String> union(List<String> groups, String group) {
    List<String> all = new ArrayList<>(groups);
    all.add(group);
    return all;
  }
}
