package de.fachkraftimfokus.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the task card's facts ({@link TaskCard}: company, region, offer) onto each new user task as
 * task-local variables. Variables need their own permission on this platform
 * ({@code enforceSpecificVariablePermission}): a task's candidates read the task's variables, but not
 * the process's — so Tasklist's columns could not show the company otherwise. Only these display
 * facts are copied, never personal data. One listener for every user task of every model, attached
 * when the model is deployed.
 */
@Component
class TaskCardVariables extends AbstractProcessEnginePlugin {

  private static final TaskListener COPY = TaskCardVariables::copy;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void copy(DelegateTask task) {
    for (String name : TaskCard.variables()) {
      Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
      if (value instanceof String text && !task.hasVariableLocal(name)) {
        task.setVariableLocal(name, text);
      }
    }
  }
}
