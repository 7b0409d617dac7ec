package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code finalizeAgenda}: the agenda as the Geschäftsstelle finalised it (items
 * reworded, removed, added) is stored, its text made for the mail, and the minutes form prepared
 * with one decision row per item. Refused: a row that names an item of another agenda.
 */
@Component("finalizeAgendaListener")
class FinalizeAgendaListener extends TaskCompletion {

  private final JourFixeService service;

  FinalizeAgendaListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Set<Long> itemIds = service.agenda(businessKey).stream().map(JourFixeService.AgendaItem::id)
        .collect(Collectors.toSet());
    service.finalizeAgenda(businessKey, AgendaDraft.read(execution.getVariables(), itemIds));
    // the minutes form: one decision row per item of the final agenda
    List<JourFixeService.AgendaItem> agenda = service.agenda(businessKey);
    execution.setVariable(DECISIONS, SpinValues.jsonValue(Minutes.decisionsTemplate(agenda)).create());
    execution.setVariable(ACTION_ITEMS, SpinValues.jsonValue("[]").create());
  }
}
