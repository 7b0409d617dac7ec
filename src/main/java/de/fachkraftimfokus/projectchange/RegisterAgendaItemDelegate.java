package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.agenda.JourFixeAgenda;
import de.fachkraftimfokus.process.VariableText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>TOP für den nächsten Jour fixe anmelden</i> (clause 2.1: partners inform each other of planned
 * changes): the change waits as an agenda item (source {@code PROJECT_CHANGE}) for the next Jour fixe,
 * whose agenda lists such items right after the coordination requests. Once per change: runs in the
 * announcement's transaction, and a second run (e.g. after a modification in Cockpit) finds the item.
 */
@Component("registerAgendaItemDelegate")
class RegisterAgendaItemDelegate implements JavaDelegate {

  private final JourFixeAgenda jourFixe;

  RegisterAgendaItemDelegate(JourFixeAgenda jourFixe) {
    this.jourFixe = jourFixe;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (Var.AGENDA_ITEM_ID.isSet(execution)) {
      return;
    }
    String key = execution.getProcessBusinessKey();
    String title = "Projektänderung " + key + ": " + Var.CHANGE_TITLE.get(execution) + " ("
        + ProjectChangeService.groupName(Var.ANNOUNCING_PARTNER.get(execution)) + ")";
    long id = jourFixe.registerPendingItem(AgendaSource.PROJECT_CHANGE, key,
        title.length() <= 500 ? title : title.substring(0, 500), VariableText.fit(Var.CHANGE_SUMMARY.get(execution)));
    Var.AGENDA_ITEM_ID.set(execution, id);
  }
}
