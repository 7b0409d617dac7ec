package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;

/**
 * The decisions of the minutes, and their delivery to the coordination requests waiting for them
 * (message {@link JourFixeProcess#MESSAGE_DECISION}).
 */
@Service
public class Decisions {

  private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

  private final AgendaDecisionRepository decisions;
  private final AgendaItemRepository items;
  private final JdbcAggregateOperations aggregates;
  private final RuntimeService runtimeService;

  Decisions(AgendaDecisionRepository decisions, AgendaItemRepository items, JdbcAggregateOperations aggregates,
      RuntimeService runtimeService) {
    this.decisions = decisions;
    this.items = items;
    this.aggregates = aggregates;
    this.runtimeService = runtimeService;
  }

  /** Records the decisions of approved minutes, replacing those of an earlier attempt. */
  public void record(String jourFixeRef, List<Minutes.Decision> minutes) {
    decisions.deleteAll(decisions.findByJourFixeRef(jourFixeRef));
    for (Minutes.Decision decision : minutes) {
      aggregates.insert(new AgendaDecision(decision.agendaItemId(), jourFixeRef, decision.decision(),
          decision.decisionText(), null));
    }
  }

  /** The decisions of this Jour fixe by agenda item. */
  public Map<Long, AgendaDecision> of(String jourFixeRef) {
    Map<Long, AgendaDecision> byItem = new HashMap<>();
    decisions.findByJourFixeRef(jourFixeRef).forEach(decision -> byItem.put(decision.agendaItemId(), decision));
    return byItem;
  }

  public Optional<Delivery> deliveryOf(long agendaItemId) {
    return decisions.findById(agendaItemId).map(AgendaDecision::delivery);
  }

  /**
   * Delivers each decision on a coordination request to the request waiting for it. A request that
   * no longer waits (withdrawn, already decided) does not stop the Jour fixe: the decision is kept
   * with {@link Delivery#NO_WAITING_REQUEST} and logged. Returns how many were delivered.
   */
  public int deliver(String jourFixeRef) {
    int delivered = 0;
    for (AgendaDecision decision : decisions.findByJourFixeRefAndDeliveryIsNullOrderByAgendaItemIdAsc(jourFixeRef)) {
      Optional<String> requestKey = items.findById(decision.agendaItemId())
          .filter(item -> item.sourceType() == AgendaSource.COORDINATION_REQUEST).map(AgendaItem::sourceRef);
      if (requestKey.isEmpty() || Minutes.POSTPONED.equals(decision.decision())) {
        continue;
      }
      boolean waiting = runtimeService.createExecutionQuery().messageEventSubscriptionName(JourFixeProcess.MESSAGE_DECISION)
          .processInstanceBusinessKey(requestKey.get()).count() > 0;
      if (waiting) {
        Map<String, Object> message = new HashMap<>();
        CoordinationRequestProcess.Var.DECISION.put(message, decision.decision());
        CoordinationRequestProcess.Var.DECISION_TEXT.put(message, decision.decisionText());
        runtimeService.createMessageCorrelation(JourFixeProcess.MESSAGE_DECISION)
            .processInstanceBusinessKey(requestKey.get()).setVariables(message).correlateAll();
        delivered++;
      } else {
        LOG.warn("Beschluss des Jour fixe {} zu {}: keine wartende Vorabstimmung – Beschluss nur gespeichert",
            jourFixeRef, requestKey.get());
      }
      decisions.save(decision.delivered(waiting ? Delivery.DELIVERED : Delivery.NO_WAITING_REQUEST));
    }
    return delivered;
  }
}
