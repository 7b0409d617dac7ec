package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.ArrayList;
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

  private final JourFixeService service;
  private final MinutesDocument document;

  RecordMinutesDelegate(JourFixeService service, MinutesDocument document) {
    this.service = service;
    this.document = document;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Map<Long, String> agendaIds = service.agenda(businessKey).stream()
        .collect(Collectors.toMap(JourFixeService.AgendaItem::id, JourFixeService.AgendaItem::sourceType));
    Minutes minutes = Minutes.read(execution.getVariables(), agendaIds);
    execution.setVariable(ACTION_ITEM_IDS, new ArrayList<>(service.recordMinutes(businessKey, minutes)));
    document.store(businessKey);
    execution.setVariable(MINUTES_URL, MinutesDocument.pdfPath(businessKey));
  }
}
