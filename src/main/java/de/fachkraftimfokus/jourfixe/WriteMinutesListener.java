package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code writeMinutes}: a decision for every item of this agenda, complete action
 * items.
 */
@Component("writeMinutesListener")
class WriteMinutesListener extends TaskCompletion {

  private final Agenda agenda;

  WriteMinutesListener(Agenda agenda) {
    this.agenda = agenda;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Map<Long, AgendaSource> items = agenda.of(execution.getProcessBusinessKey()).stream()
        .collect(Collectors.toMap(AgendaItem::id, AgendaItem::sourceType));
    Minutes.read(execution.getVariables(), items);
  }
}
