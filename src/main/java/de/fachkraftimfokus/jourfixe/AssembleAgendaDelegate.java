package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Assembles the agenda and prepares the minutes form (one decision row per agenda item). */
@Component("assembleAgendaDelegate")
class AssembleAgendaDelegate implements JavaDelegate {

  private final JourFixeService service;

  AssembleAgendaDelegate(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<JourFixeService.AgendaItem> agenda = service.assembleAgenda(execution.getProcessBusinessKey());
    execution.setVariable(AGENDA_TEXT, JourFixeService.agendaText(agenda));
    execution.setVariable(DECISIONS, SpinValues.jsonValue(Minutes.decisionsTemplate(agenda)).create());
    execution.setVariable(ACTION_ITEMS, SpinValues.jsonValue("[]").create());
  }
}
