package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assembles the agenda and prefills the form <i>Tagesordnung finalisieren</i> with it (one row per item). */
@Component("assembleAgendaDelegate")
class AssembleAgendaDelegate implements JavaDelegate {

  private final Agenda agenda;

  AssembleAgendaDelegate(Agenda agenda) {
    this.agenda = agenda;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Var.AGENDA_ITEMS.set(execution, AgendaDraft.template(agenda.assemble(execution.getProcessBusinessKey())));
  }
}
