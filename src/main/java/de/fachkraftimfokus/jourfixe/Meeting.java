package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One Jour fixe as the platform keeps it (table {@code jf_meeting}), the root of its meeting data:
 * date, roles, the texts sent out, its state. Changed only through the methods below, each the
 * result of one step of the process.
 *
 * @param openDate the meeting date while the Jour fixe is open, null afterwards: the table's unique
 *     key lets no two open Jour fixes share a date
 * @param absentGroupIds the excused partner groups, comma-separated; read them as {@link #absentGroups()}
 */
@Table("jf_meeting")
public record Meeting(
    @Id String businessKey,
    LocalDate meetingDate,
    LocalDate openDate,
    String moderatorGroup,
    String minuteTakerGroup,
    String roleChangeReason,
    String agendaText,
    String minutesText,
    MeetingState state,
    MeetingStart startedBy,
    Instant createdAt,
    @Column("absent_groups") String absentGroupIds) {

  static Meeting planned(String businessKey, LocalDate date, MeetingStart startedBy) {
    return new Meeting(businessKey, date, date, null, null, null, null, null, MeetingState.GEPLANT, startedBy,
        WorkingDays.now().toInstant(), null);
  }

  /** The groups excused from this Jour fixe. */
  public List<String> absentGroups() {
    return absentGroupIds == null || absentGroupIds.isBlank() ? List.of() : List.of(absentGroupIds.split(","));
  }

  Meeting withRoles(RotationService.Turn turn) {
    return new Meeting(businessKey, meetingDate, openDate, turn.moderatorGroup(), turn.minuteTakerGroup(),
        roleChangeReason, agendaText, minutesText, state, startedBy, createdAt, absentGroupIds);
  }

  /** Date (maybe moved) and roles (maybe swapped or stood in for) confirmed, with who is excused. */
  Meeting confirmed(LocalDate date, RotationService.Turn turn, String reason, List<String> absent) {
    return new Meeting(businessKey, date, date, turn.moderatorGroup(), turn.minuteTakerGroup(), reason, agendaText,
        minutesText, MeetingState.BESTAETIGT, startedBy, createdAt, absent.isEmpty() ? null : String.join(",", absent));
  }

  Meeting withAgenda(String text) {
    return new Meeting(businessKey, meetingDate, openDate, moderatorGroup, minuteTakerGroup, roleChangeReason, text,
        minutesText, MeetingState.EINGELADEN, startedBy, createdAt, absentGroupIds);
  }

  /** The minutes are recorded: the date is free for another Jour fixe. */
  Meeting withMinutes(String text) {
    return new Meeting(businessKey, meetingDate, null, moderatorGroup, minuteTakerGroup, roleChangeReason, agendaText,
        text, MeetingState.PROTOKOLLIERT, startedBy, createdAt, absentGroupIds);
  }

  Meeting closed() {
    return new Meeting(businessKey, meetingDate, null, moderatorGroup, minuteTakerGroup, roleChangeReason, agendaText,
        minutesText, MeetingState.ABGESCHLOSSEN, startedBy, createdAt, absentGroupIds);
  }
}
