package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.agenda.AgendaSource;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item waiting for a Jour fixe or on its agenda (table {@code jf_agenda_item}).
 *
 * @param sourceRef what the item is about in its source: a request's business key, a group, an action item's id
 * @param jourFixeRef the Jour fixe whose agenda holds it; null while it waits
 * @param position its place as the Geschäftsstelle finalised the agenda; null before
 */
@Table("jf_agenda_item")
public record AgendaItem(
    @Id Long id,
    AgendaSource sourceType,
    String sourceRef,
    String title,
    String description,
    Instant createdAt,
    AgendaItemState state,
    String jourFixeRef,
    Integer position) {

  /** An item waiting for the next Jour fixe. */
  static AgendaItem pending(AgendaSource source, String sourceRef, String title, String description) {
    return new AgendaItem(null, source, sourceRef, title, description, WorkingDays.now().toInstant(), AgendaItemState.OPEN, null, null);
  }

  /** An item put straight onto this Jour fixe's agenda. */
  static AgendaItem onAgenda(String jourFixeRef, AgendaSource source, String sourceRef, String title,
      String description) {
    return new AgendaItem(null, source, sourceRef, title, description, WorkingDays.now().toInstant(), AgendaItemState.ON_AGENDA,
        jourFixeRef, null);
  }

  AgendaItem withId(Long newId) {
    return new AgendaItem(newId, sourceType, sourceRef, title, description, createdAt, state, jourFixeRef, position);
  }

  /** As the Geschäftsstelle worded and placed it. */
  AgendaItem finalised(String newTitle, String newDescription, int newPosition) {
    return new AgendaItem(id, sourceType, sourceRef, newTitle, newDescription, createdAt, state, jourFixeRef,
        newPosition);
  }

  /** Off this agenda, waiting for the next Jour fixe again. */
  AgendaItem waitingAgain() {
    return new AgendaItem(id, sourceType, sourceRef, title, description, createdAt, AgendaItemState.OPEN, null, null);
  }

  AgendaItem decided() {
    return new AgendaItem(id, sourceType, sourceRef, title, description, createdAt, AgendaItemState.DECIDED,
        jourFixeRef, position);
  }
}
