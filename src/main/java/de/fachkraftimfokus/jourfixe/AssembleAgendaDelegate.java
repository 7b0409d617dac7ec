package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Assembles the agenda and prefills the form <i>Tagesordnung finalisieren</i> with it (one row per item). */
@Component("assembleAgendaDelegate")
class AssembleAgendaDelegate implements JavaDelegate {

  private final JourFixeService service;

  AssembleAgendaDelegate(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<JourFixeService.AgendaItem> agenda = service.assembleAgenda(execution.getProcessBusinessKey());
    execution.setVariable(AGENDA_ITEMS, SpinValues.jsonValue(AgendaDraft.template(agenda)).create());
  }
}
