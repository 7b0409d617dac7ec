package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code implementAction}: on create the task gets the action item's description; on completion
 * the action item is done.
 */
@Component("actionItemListener")
class ActionItemListener implements TaskListener {

  private final JourFixeService service;

  ActionItemListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = Long.parseLong((String) task.getVariable(ACTION_ITEM_ID));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // candidate group and due date come from the model (jourFixeService.ownerGroupOf/dueDateOf)
      task.setDescription(service.actionItem(id).description());
    } else {
      InputCheck.of(task.getVariables()).requiredText(ACTION_RESULT, "Ergebnis der Umsetzung").orThrow();
      service.completeAction(id, ((String) task.getVariable(ACTION_RESULT)).trim());
    }
  }
}
