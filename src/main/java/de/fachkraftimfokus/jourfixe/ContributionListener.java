package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code prepareContribution}: checks and stores one participant's contribution.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener: the
 * engine wraps task-listener exceptions into a generic error (HTTP 500); this way Tasklist and the
 * REST API answer 400 with the German message, and the completion is rolled back.
 */
@Component("contributionListener")
class ContributionListener implements ExecutionListener {

  static final List<String> FIELDS =
      List.of(EXPERIENCES, PLANNED_CHANGES, INTERFACE_PROBLEMS, FUNDING_SUGGESTIONS, PROPOSED_TOPICS);

  private final JourFixeService service;

  ContributionListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    InputCheck.of(execution.getVariables())
        .requiredText(EXPERIENCES, "Erfahrungen aus der Arbeit seit dem letzten Jour fixe")
        .optionalText(PLANNED_CHANGES, "Geplante Änderungen im Projektangebot")
        .optionalText(INTERFACE_PROBLEMS, "Schnittstellenprobleme")
        .optionalText(FUNDING_SUGGESTIONS, "Anregungen für Förderaktivitäten")
        .optionalText(PROPOSED_TOPICS, "Themenvorschläge")
        .orThrow();
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
