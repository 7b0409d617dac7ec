package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the approved minutes and their PDF (in the same transaction); each action item becomes one
 * {@code implementAction}.
 */
@Component("recordMinutesDelegate")
class RecordMinutesDelegate implements JavaDelegate {

  private final Agenda agenda;
  private final MinutesRecorder recorder;
  private final MinutesDocument document;

  RecordMinutesDelegate(Agenda agenda, MinutesRecorder recorder, MinutesDocument document) {
    this.agenda = agenda;
    this.recorder = recorder;
    this.document = document;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Map<Long, AgendaSource> items = agenda.of(businessKey).stream()
        .collect(Collectors.toMap(AgendaItem::id, AgendaItem::sourceType));
    Minutes minutes = Minutes.read(execution.getVariables(), items);
    Var.ACTION_ITEM_IDS.set(execution, recorder.record(businessKey, minutes).stream().map(String::valueOf).toList());
    document.store(businessKey);
    Var.MINUTES_URL.set(execution, MinutesDocument.pdfPath(businessKey));
  }
}
