package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code prepareContribution}: stores one participant's contribution.
 */
@Component("contributionListener")
class ContributionListener extends TaskCompletion {

  static final List<String> FIELDS =
      List.of(EXPERIENCES, PLANNED_CHANGES, INTERFACE_PROBLEMS, FUNDING_SUGGESTIONS, PROPOSED_TOPICS);

  private final JourFixeService service;

  ContributionListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Map<String, String> fields = new HashMap<>();
    for (String field : FIELDS) {
      if (execution.getVariable(field) instanceof String text && !text.isBlank()) {
        fields.put(field, text.trim());
      }
    }
    service.saveContribution(execution.getProcessBusinessKey(),
        (String) execution.getVariable(PARTICIPANT_GROUP), fields, false);
  }
}
