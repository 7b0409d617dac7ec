package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.agenda.JourFixeAgenda;
import de.fachkraftimfokus.process.TaskCompletion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code followUpCrossLinks}: the Geschäftsstelle's note goes to the silent partners'
 * rows of the register; on request the missing cross-links become an item for the next Jour fixe.
 */
@Component("followUpCrossLinksListener")
class FollowUpCrossLinksListener extends TaskCompletion {

  private final PublicActivityRegister register;
  private final JourFixeAgenda jourFixe;

  FollowUpCrossLinksListener(PublicActivityRegister register, JourFixeAgenda jourFixe) {
    this.register = register;
    this.jourFixe = jourFixe;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String note = PublicActivityProcess.trimmed(Var.FOLLOW_UP_NOTE.get(execution));
    register.recordFollowUp(businessKey, note);
    if (Var.REFER_TO_JOUR_FIXE.isTrue(execution)) {
      jourFixe.registerPendingItem(PublicActivityProcess.AGENDA_SOURCE, businessKey,
          "Verlinkung der Öffentlichkeitsaktivität " + businessKey + " „" + Var.TITLE.require(execution) + "“",
          Var.CROSS_LINK_SUMMARY.require(execution) + (note == null ? "" : "\n\nGeschäftsstelle: " + note));
    }
  }
}
