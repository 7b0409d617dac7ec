package de.fachkraftimfokus.jourfixe;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The decision of the minutes on one agenda item (table {@code jf_decision}).
 *
 * @param decision a code of {@link Minutes#DECISION_CODES}
 * @param delivery for coordination requests: whether the decision reached the waiting request; null
 *     before delivery and for every other item
 */
@Table("jf_decision")
public record AgendaDecision(
    @Id Long agendaItemId,
    String jourFixeRef,
    String decision,
    String decisionText,
    Delivery delivery) {

  AgendaDecision delivered(Delivery how) {
    return new AgendaDecision(agendaItemId, jourFixeRef, decision, decisionText, how);
  }
}
