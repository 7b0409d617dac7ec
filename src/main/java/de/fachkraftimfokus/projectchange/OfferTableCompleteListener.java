package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.TableOutcome;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Angebotstabelle anpassen</i>: „Tabelle geändert“ closes only when a version of
 * {@code offer-for-need} newer than the one of the change's start is deployed, and its rows differ
 * from that one's (a redeployment of the same table is no change); otherwise the owner is told which
 * version the task waits for. „Keine Änderung nötig“ needs the reason.
 */
@Component("offerTableCompleteListener")
class OfferTableCompleteListener extends TaskCompletion {

  private final OfferTable offerTable;
  private final ProjectChangeService service;

  OfferTableCompleteListener(OfferTable offerTable, ProjectChangeService service) {
    this.offerTable = offerTable;
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(Map.of());
    TableOutcome outcome = Var.TABLE_OUTCOME.get(execution);
    check.rule(outcome != null, Var.TABLE_OUTCOME, "Ergebnis", "Pflichtfeld");
    int atStart = Var.OFFER_TABLE_VERSION.require(execution);
    Integer after = null;
    if (outcome == TableOutcome.TABELLE_GEAENDERT) {
      OfferTable.Version latest = offerTable.latest();
      check.rule(latest.number() > atStart, Var.TABLE_OUTCOME, "Ergebnis", "Die Tabelle offer-for-need ist noch in Version "
          + latest.number() + " bereitgestellt – dieselbe wie beim Start der Änderung. Diese Aufgabe wartet auf Version "
          + (atStart + 1) + " oder neuer: die geänderte Tabelle im Camunda Modeler bereitstellen (heute durch die "
          + "Administration), dann erneut abschließen");
      if (latest.number() > atStart) {
        boolean same = offerTable.version(atStart).map(latest::sameRowsAs).orElse(false);
        check.rule(!same, Var.TABLE_OUTCOME, "Ergebnis", "Version " + latest.number() + " von offer-for-need gleicht "
            + "Version " + atStart + " Zeile für Zeile – die Änderung fehlt noch");
      }
      after = latest.number();
    } else if (outcome == TableOutcome.KEINE_AENDERUNG_NOETIG) {
      String reason = Var.NO_CHANGE_REASON.get(execution);
      check.rule(reason != null && !reason.isBlank(), Var.NO_CHANGE_REASON, "Begründung",
          "Pflichtfeld, wenn die Tabelle nicht geändert wird");
    }
    check.orThrow();
    Var.OFFER_TABLE_VERSION_AFTER.set(execution, after);
    service.recordTable(execution.getProcessBusinessKey(), outcome, after);
  }
}
