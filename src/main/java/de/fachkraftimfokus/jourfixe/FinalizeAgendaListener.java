package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code finalizeAgenda}: the agenda as the Geschäftsstelle finalised it (items
 * reworded, removed, added) is stored with its text for the mail, and the minutes form prepared
 * with one decision row per item. Refused: a row that names an item of another agenda.
 */
@Component("finalizeAgendaListener")
class FinalizeAgendaListener extends TaskCompletion {

  private final Agenda agenda;

  FinalizeAgendaListener(Agenda agenda) {
    this.agenda = agenda;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Set<Long> itemIds = agenda.of(businessKey).stream().map(AgendaItem::id).collect(Collectors.toSet());
    List<AgendaItem> finalAgenda = agenda.finalize(businessKey, AgendaDraft.read(execution.getVariables(), itemIds));
    // the minutes form: one decision row per item of the final agenda
    Var.DECISIONS.set(execution, Minutes.decisionsTemplate(finalAgenda));
    Var.ACTION_ITEMS.set(execution, List.of());
  }
}
