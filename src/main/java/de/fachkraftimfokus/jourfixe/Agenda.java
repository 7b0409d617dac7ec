package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.jourfixe.Contributions.Contribution;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.AgendaRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The agenda of each Jour fixe: items other processes register for the next Jour fixe, the
 * contributions, open action items of earlier Jour fixes, the Geschäftsstelle's final version.
 */
@Service
public class Agenda {

  /** The contribution fields that become agenda items, in their order on the agenda, with their title. */
  private static final Map<String, Function<Contribution, String>> CONTRIBUTION_KINDS = orderedKinds();

  private static final Comparator<AgendaItem> ORDER = Comparator
      .comparing(AgendaItem::position, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(item -> item.sourceType().rank())
      .thenComparing(AgendaItem::id);

  private final AgendaItemRepository items;
  private final Contributions contributions;
  private final ActionItems actionItems;
  private final Meetings meetings;
  private final AgendaText text;

  Agenda(AgendaItemRepository items, Contributions contributions, ActionItems actionItems, Meetings meetings,
      AgendaText text) {
    this.items = items;
    this.contributions = contributions;
    this.actionItems = actionItems;
    this.meetings = meetings;
    this.text = text;
  }

  /** Registers an item for the next Jour fixe; returns its id. */
  public long registerPending(AgendaSource source, String sourceRef, String title, String description) {
    return items.save(AgendaItem.pending(source, sourceRef, title, description)).id();
  }

  /** The agenda in its order: as finalised by the Geschäftsstelle, before that by kind of item. */
  public List<AgendaItem> of(String jourFixeRef) {
    return items.findByJourFixeRef(jourFixeRef).stream().sorted(ORDER).toList();
  }

  /**
   * Assembles the agenda: the items waiting for a Jour fixe (coordination requests, announced project
   * changes, …), the contributions, the open action items of earlier Jour fixes and a note on late
   * contributions. Returns the agenda in order.
   */
  public List<AgendaItem> assemble(String jourFixeRef) {
    items.claimWaiting(jourFixeRef, AgendaItemState.ON_AGENDA, AgendaItemState.OPEN);
    List<String> late = new ArrayList<>();
    for (Contribution contribution : contributions.of(jourFixeRef)) {
      String group = JourFixeService.groupName(contribution.partnerGroup());
      if (contribution.late()) {
        late.add(group);
        continue;
      }
      CONTRIBUTION_KINDS.forEach((title, field) -> {
        String value = field.apply(contribution);
        if (value != null && !value.isBlank()) {
          add(jourFixeRef, AgendaSource.CONTRIBUTION, contribution.partnerGroup(), title + " – " + group, value);
        }
      });
    }
    for (ActionItem action : actionItems.open()) {
      if (!action.jourFixeRef().equals(jourFixeRef)) {
        add(jourFixeRef, AgendaSource.ACTION_ITEM, String.valueOf(action.id()), "Offene Maßnahme ("
            + action.jourFixeRef() + ", " + JourFixeService.groupName(action.ownerGroup()) + ", fällig "
            + JourFixeCalendar.german(action.dueDate()) + ")", action.description());
      }
    }
    if (!late.isEmpty()) {
      add(jourFixeRef, AgendaSource.LATE_CONTRIBUTIONS, jourFixeRef, "Nicht fristgerecht eingegangene Beiträge",
          String.join(", ", late));
    }
    return of(jourFixeRef);
  }

  /**
   * The agenda as the Geschäftsstelle finalised it: kept items take the rows' titles, descriptions and
   * order; new rows become items of this Jour fixe; a removed item whose process waits for an answer
   * waits for the next Jour fixe again, other removed items are dropped. The agenda's text is stored
   * with the meeting for the mail. Returns the final agenda.
   */
  public List<AgendaItem> finalize(String jourFixeRef, List<AgendaRow> rows) {
    Set<Long> kept = rows.stream().map(AgendaRow::agendaItemId).filter(Objects::nonNull).collect(Collectors.toSet());
    Map<Long, AgendaItem> current = of(jourFixeRef).stream()
        .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
    for (AgendaItem removed : current.values()) {
      if (kept.contains(removed.id())) {
        continue;
      }
      if (removed.sourceType().waitsWhenPostponed()) {
        items.save(removed.waitingAgain());
      } else {
        items.delete(removed);
      }
    }
    int position = 0;
    for (AgendaRow row : rows) {
      position++;
      AgendaItem item = row.agendaItemId() != null ? current.get(row.agendaItemId())
          : AgendaItem.onAgenda(jourFixeRef, AgendaSource.GESCHAEFTSSTELLE, jourFixeRef, row.title(), row.description());
      items.save(item.finalised(row.title(), row.description(), position));
    }
    List<AgendaItem> agenda = of(jourFixeRef);
    meetings.agendaFinalized(jourFixeRef, text.render(agenda));
    return agenda;
  }

  /**
   * After the minutes: a postponed item whose process waits for an answer waits for the next Jour fixe
   * again, a postponed other item stays on this agenda, every other item is decided.
   */
  public void settle(List<Minutes.Decision> decisions) {
    for (Minutes.Decision decision : decisions) {
      items.findById(decision.agendaItemId()).ifPresent(item -> {
        if (!Minutes.POSTPONED.equals(decision.decision())) {
          items.save(item.decided());
        } else if (item.sourceType().waitsWhenPostponed()) {
          items.save(item.waitingAgain());
        }
      });
    }
  }

  private void add(String jourFixeRef, AgendaSource source, String sourceRef, String title, String description) {
    items.save(AgendaItem.onAgenda(jourFixeRef, source, sourceRef, truncate(title), description));
  }

  private static String truncate(String title) {
    return title.length() <= AgendaDraft.MAX_TITLE ? title : title.substring(0, AgendaDraft.MAX_TITLE);
  }

  private static Map<String, Function<Contribution, String>> orderedKinds() {
    Map<String, Function<Contribution, String>> kinds = new LinkedHashMap<>();
    kinds.put("Geplante Änderung im Projektangebot (2.1)", Contribution::plannedChanges);
    kinds.put("Schnittstellenproblem", Contribution::interfaceProblems);
    kinds.put("Anregung für Förderaktivitäten", Contribution::fundingSuggestions);
    kinds.put("Themenvorschlag", Contribution::proposedTopics);
    kinds.put("Erfahrungen", Contribution::experiences);
    return kinds;
  }
}
