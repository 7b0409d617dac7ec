package de.fachkraftimfokus.migration;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A migrated user task takes on what the new version says about it. Camunda moves an open task to the
 * new definition but keeps its name and due date as they were created; so a renamed task would keep
 * its old name in Tasklist, and a changed deadline would never reach the running cases (issue 17).
 *
 * <p>When the task's name or due-date definition in the target version differs from the source
 * version, the task gets the new name, and the new due date as if the task had been created with the
 * new version: the new rule's offset from now, counted from the task's creation. An unchanged
 * definition leaves the task alone, so a due date someone changed by hand stays.
 *
 * <p>Hooked into the engine's history event of the migration ({@code TASK_INSTANCE_MIGRATE}, fired
 * inside the migration's own transaction, for batches too): the only point where the engine tells
 * which task moved. Needs history level audit or higher (the platform runs at full).
 */
@Component
class MigratedTasks extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MigratedTasks.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(this);
    if (configuration.getCustomHistoryEventHandlers() != null) {
      // Camunda's Spring Boot starter may have added this bean already
      configuration.getCustomHistoryEventHandlers().stream().filter(h -> h != this).forEach(handlers::add);
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricTaskInstanceEventEntity taskEvent)
        || !HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName().equals(taskEvent.getEventType())) {
      return;
    }
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return;
    }
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskEvent.getTaskId());
    // the task as the database still holds it (source definition and task key): the entity cache
    // already has the new values, so read the history row with plain SQL on the command's connection
    String[] before = sourceOf(commandContext, taskEvent.getTaskId());
    if (task == null || before == null) {
      return;
    }
    TaskDefinition source = definition(before[0], before[1]);
    TaskDefinition target = definition(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    if (source == null || target == null) {
      return;
    }
    // while the engine moves the task it hangs on no execution: expressions see the task's own scope
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    try {
      if (changed(source.getNameExpression(), target.getNameExpression()) && target.getNameExpression() != null) {
        Object name = target.getNameExpression().getValue(scope);
        if (name != null) {
          task.setName(name.toString());
          taskEvent.setName(name.toString());
        }
      }
      if (changed(source.getDueDateExpression(), target.getDueDateExpression())) {
        Date due = target.getDueDateExpression() == null ? null : dueDate(target.getDueDateExpression(), task, scope);
        task.setDueDate(due);
        taskEvent.setDueDate(due);
      }
    } catch (ProcessEngineException e) {
      // an expression that needs the case's variables: the task keeps what it has
      LOG.info("Aufgabe {} nach Migration unverändert: {}", task.getId(), e.getMessage());
    }
  }

  /** The new rule's deadline, counted from the task's creation instead of from now. */
  private static Date dueDate(Expression expression, TaskEntity task, VariableScope scope) {
    // "now" before the expression reads the clock: the rule's distance from now, to the millisecond
    Date now = ClockUtil.getCurrentTime();
    Object value = expression.getValue(scope);
    Date created = task.getCreateTime();
    if (value instanceof Date date) {
      return created == null ? date : new Date(created.getTime() + (date.getTime() - now.getTime()));
    }
    if (value instanceof String text && !text.isBlank()) {
      BusinessCalendar calendar = Context.getProcessEngineConfiguration().getBusinessCalendarManager()
          .getBusinessCalendar(DueDateBusinessCalendar.NAME);
      return calendar.resolveDuedate(text, created == null ? ClockUtil.getCurrentTime() : created);
    }
    return task.getDueDate();
  }

  private static String[] sourceOf(CommandContext commandContext, String taskId) {
    String prefix = commandContext.getProcessEngineConfiguration().getDatabaseTablePrefix();
    String sql = "SELECT PROC_DEF_ID_, TASK_DEF_KEY_ FROM " + (prefix == null ? "" : prefix) + "ACT_HI_TASKINST WHERE ID_ = ?";
    try (java.sql.PreparedStatement statement = commandContext.getDbSqlSession().getSqlSession().getConnection().prepareStatement(sql)) {
      statement.setString(1, taskId);
      try (java.sql.ResultSet row = statement.executeQuery()) {
        return row.next() && row.getString(1) != null ? new String[] {row.getString(1), row.getString(2)} : null;
      }
    } catch (java.sql.SQLException e) {
      LOG.info("Aufgabe {}: Herkunft nicht lesbar ({})", taskId, e.getMessage());
      return null;
    }
  }

  private static boolean changed(Expression source, Expression target) {
    String a = source == null ? null : source.getExpressionText();
    String b = target == null ? null : target.getExpressionText();
    return !Objects.equals(a, b);
  }

  private static TaskDefinition definition(String processDefinitionId, String taskKey) {
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    ActivityImpl activity = definition == null ? null : definition.findActivity(taskKey);
    return activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
        ? behavior.getTaskDefinition() : null;
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
