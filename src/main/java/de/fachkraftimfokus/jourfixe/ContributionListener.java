package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code prepareContribution}: checks and stores one participant's contribution. */
@Component("contributionListener")
class ContributionListener implements TaskListener {

  static final List<String> FIELDS =
      List.of(EXPERIENCES, PLANNED_CHANGES, INTERFACE_PROBLEMS, FUNDING_SUGGESTIONS, PROPOSED_TOPICS);

  private final JourFixeService service;

  ContributionListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck.of(task.getVariables())
        .requiredText(EXPERIENCES, "Erfahrungen aus der Arbeit seit dem letzten Jour fixe")
        .optionalText(PLANNED_CHANGES, "Geplante Änderungen im Projektangebot")
        .optionalText(INTERFACE_PROBLEMS, "Schnittstellenprobleme")
        .optionalText(FUNDING_SUGGESTIONS, "Anregungen für Förderaktivitäten")
        .optionalText(PROPOSED_TOPICS, "Themenvorschläge")
        .orThrow();
    Map<String, String> fields = new HashMap<>();
    for (String field : FIELDS) {
      if (task.getVariable(field) instanceof String text && !text.isBlank()) {
        fields.put(field, text.trim());
      }
    }
    service.saveContribution(task.getExecution().getProcessBusinessKey(),
        (String) task.getVariable(PARTICIPANT_GROUP), fields, false);
  }
}
