package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.EventOutcome;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Informationsveranstaltung dokumentieren</i> (MS): a held event has participants;
 * one that did not take place says why, and MS plans a new date.
 */
@Component("documentEventCompleteListener")
class DocumentEventCompleteListener extends TaskCompletion {

  private final ProjectChangeService service;

  DocumentEventCompleteListener(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(Map.of());
    EventOutcome outcome = Var.EVENT_OUTCOME.get(execution);
    check.rule(outcome != null, Var.EVENT_OUTCOME, "Hat die Veranstaltung stattgefunden?", "Pflichtfeld");
    long total = 0;
    List<String> byRegion = new ArrayList<>();
    for (Region region : Region.values()) {
      Long count = Var.participants(region).get(execution);
      if (count != null && count > 0) {
        total += count;
        byRegion.add(region.germanName() + " " + count);
      }
    }
    if (outcome == EventOutcome.STATTGEFUNDEN) {
      check.rule(total > 0, Var.PARTICIPANTS_ALTMARK, "Teilnehmende",
          "bei einer Veranstaltung, die stattgefunden hat, die Teilnehmenden je Region eintragen");
    } else if (outcome == EventOutcome.AUSGEFALLEN) {
      String reason = Var.EVENT_NOT_HELD_REASON.get(execution);
      check.rule(reason != null && !reason.isBlank(), Var.EVENT_NOT_HELD_REASON, "Grund des Ausfalls",
          "Pflichtfeld, wenn die Veranstaltung nicht stattgefunden hat");
    }
    check.orThrow();
    service.recordEvent(execution.getProcessBusinessKey(), outcome == EventOutcome.STATTGEFUNDEN
        ? "stattgefunden, " + total + " Teilnehmende (" + String.join(", ", byRegion) + ")"
        : "ausgefallen, neuer Termin folgt");
  }
}
