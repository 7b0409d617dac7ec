package de.fachkraftimfokus.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The person who completes a step is assigned the next step of the same case when it is theirs to
 * do (issue 19): no trip to „Aufgaben meiner Gruppen“ to claim it again. Likewise the person who
 * starts a case gets its first step. "Theirs" means: the new task belongs to the same process
 * instance, follows in the same transaction (no timer, no asynchronous step between), has no
 * assignee yet, and the person is a candidate user or a member of one of its candidate groups.
 *
 * <p>On by default for every user task of every model. A user task can opt out with the extension
 * property {@code fkif.nextStep = group} (Modeler: Extensions → Properties): then it always lands in
 * its group. No model uses it today; the reason must be written next to it (docs/tasklist.md).
 */
@Component
class NextStepAssignment extends AbstractProcessEnginePlugin {

  static final String PROPERTY = "fkif.nextStep";
  static final String ALWAYS_GROUP = "group";

  /** Who finished the last step (or started the case) in the running command, and where. */
  private record Finished(CommandContext command, String processInstanceId, String userId) {}

  private static final ThreadLocal<Finished> LAST = new ThreadLocal<>();

  private static final TaskListener COMPLETED = NextStepAssignment::completed;
  private static final TaskListener CREATED = NextStepAssignment::created;
  private static final ExecutionListener STARTED = NextStepAssignment::started;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, STARTED);
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, COMPLETED);
          if (!ALWAYS_GROUP.equals(property(userTaskElement, PROPERTY))) {
            userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, CREATED);
          }
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void started(DelegateExecution execution) {
    CommandContext command = Context.getCommandContext();
    String user = command == null ? null : command.getAuthenticatedUserId();
    if (user != null && execution.getProcessInstanceId() != null) {
      LAST.set(new Finished(command, execution.getProcessInstanceId(), user));
    }
  }

  static void completed(DelegateTask task) {
    CommandContext command = Context.getCommandContext();
    String user = task.getAssignee() != null ? task.getAssignee()
        : command == null ? null : command.getAuthenticatedUserId();
    if (command != null && user != null && task.getProcessInstanceId() != null) {
      LAST.set(new Finished(command, task.getProcessInstanceId(), user));
    }
  }

  static void created(DelegateTask task) {
    Finished last = LAST.get();
    CommandContext command = Context.getCommandContext();
    if (last == null || command == null || last.command() != command) {
      return;
    }
    if (task.getAssignee() != null || !last.processInstanceId().equals(task.getProcessInstanceId())) {
      return;
    }
    if (isCandidate(command, task, last.userId())) {
      task.setAssignee(last.userId());
    }
  }

  private static boolean isCandidate(CommandContext command, DelegateTask task, String userId) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (userId.equals(link.getUserId())) {
        return true;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return false;
    }
    Authentication authentication = command.getAuthentication();
    if (authentication != null && userId.equals(authentication.getUserId()) && authentication.getGroupIds() != null
        && !authentication.getGroupIds().isEmpty()) {
      return authentication.getGroupIds().stream().anyMatch(groups::contains);
    }
    List<Group> memberships = command.runWithoutAuthorization(() -> task.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(userId).list());
    return memberships.stream().map(Group::getId).anyMatch(groups::contains);
  }

  /** A {@code camunda:property} of the element, or null. */
  private static String property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    for (Element properties : extensions.elements()) {
      if (!"properties".equals(properties.getTagName())) {
        continue;
      }
      for (Element property : properties.elements()) {
        if (name.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
    }
    return null;
  }
}
