package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code implementAction}: when the task is created it gets the action item's description (task
 * listener on {@code create}); when it is completed the action item is done (execution listener on
 * {@code end}: the engine wraps task-listener exceptions into a generic error (HTTP 500), this way
 * Tasklist and the REST API answer 400 with the German message and nothing is written).
 */
@Component("actionItemListener")
class ActionItemListener implements TaskListener, ExecutionListener {

  private final ActionItems actionItems;

  ActionItemListener(ActionItems actionItems) {
    this.actionItems = actionItems;
  }

  @Override
  public void notify(DelegateTask task) {
    // candidate group and due date come from the model (jourFixeService.ownerGroupOf/dueDateOf)
    task.setDescription(actionItems.find(Var.ACTION_ITEM_ID.require(task)).description());
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String result = Var.ACTION_RESULT.get(execution);
    actionItems.complete(Var.ACTION_ITEM_ID.require(execution), result == null ? null : result.trim());
  }
}
