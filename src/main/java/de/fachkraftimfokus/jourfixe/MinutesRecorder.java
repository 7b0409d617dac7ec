package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.stereotype.Service;

/** Records approved minutes: the decisions (settling their agenda items), the action items, the meeting's text. */
@Service
class MinutesRecorder {

  private final Decisions decisions;
  private final Agenda agenda;
  private final ActionItems actionItems;
  private final Meetings meetings;

  MinutesRecorder(Decisions decisions, Agenda agenda, ActionItems actionItems, Meetings meetings) {
    this.decisions = decisions;
    this.agenda = agenda;
    this.actionItems = actionItems;
    this.meetings = meetings;
  }

  /** Returns the ids of the new action items. */
  List<Long> record(String businessKey, Minutes minutes) {
    decisions.record(businessKey, minutes.decisions());
    agenda.settle(minutes.decisions());
    List<Long> ids = actionItems.record(businessKey, minutes.actionItems());
    meetings.minutesRecorded(businessKey, minutes.minutesText());
    return ids;
  }
}
