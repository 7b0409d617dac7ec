package de.fachkraftimfokus.jourfixe;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;

/** The action items of the minutes: recorded, listed while open, done with their result. */
@Service
public class ActionItems {

  private final ActionItemRepository items;
  private final JourFixeCalendar calendar;

  ActionItems(ActionItemRepository items, JourFixeCalendar calendar) {
    this.items = items;
    this.calendar = calendar;
  }

  /** Records the action items of approved minutes; returns their ids, in order. */
  public List<Long> record(String jourFixeRef, List<Minutes.Action> actions) {
    return actions.stream()
        .map(action -> items.save(ActionItem.decided(jourFixeRef, action.ownerGroup(), action.dueDate(),
            action.description())).id())
        .toList();
  }

  public ActionItem find(long id) {
    return items.findById(id).orElseThrow(() -> new IllegalStateException("Maßnahme " + id + " ist nicht gespeichert"));
  }

  /** Every open action item of every Jour fixe, the earliest due first. */
  public List<ActionItem> open() {
    return items.findByStateOrderByDueDateAscIdAsc(ActionItemState.OPEN);
  }

  /** The action items decided by this Jour fixe. */
  public List<ActionItem> of(String jourFixeRef) {
    return items.findByJourFixeRefOrderByIdAsc(jourFixeRef);
  }

  public void complete(long id, String result) {
    items.save(find(id).done(result));
  }

  /** The due date of its {@code implementAction} task: the end of the due day. */
  public Date taskDueDate(long id) {
    return calendar.endOf(find(id).dueDate());
  }
}
