package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action item decided in a Jour fixe's minutes (table {@code jf_action_item}); one
 * {@code implementAction} task per item, listed on every agenda while it is open.
 *
 * @param jourFixeRef the Jour fixe that decided it
 * @param ownerGroup the partner group that implements it
 */
@Table("jf_action_item")
public record ActionItem(
    @Id Long id,
    String jourFixeRef,
    String ownerGroup,
    LocalDate dueDate,
    String description,
    ActionItemState state,
    String result,
    Instant createdAt,
    Instant doneAt) {

  static ActionItem decided(String jourFixeRef, String ownerGroup, LocalDate dueDate, String description) {
    return new ActionItem(null, jourFixeRef, ownerGroup, dueDate, description, ActionItemState.OPEN, null,
        WorkingDays.now().toInstant(), null);
  }

  ActionItem withId(Long newId) {
    return new ActionItem(newId, jourFixeRef, ownerGroup, dueDate, description, state, result, createdAt, doneAt);
  }

  ActionItem done(String outcome) {
    return new ActionItem(id, jourFixeRef, ownerGroup, dueDate, description, ActionItemState.DONE, outcome, createdAt,
        WorkingDays.now().toInstant());
  }
}
