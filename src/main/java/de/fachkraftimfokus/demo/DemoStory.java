package de.fachkraftimfokus.demo;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.DemoUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Plays the demo's work as its users would: on a given day, as a given demo user, through the
 * engine's services. Starts run authenticated as the user (with the user's groups), so the engine
 * checks the same start authorizations as in Tasklist and the case records who opened it. A task is
 * claimed by the user who works it (the assignee in history) and completed on that user's behalf
 * without an authentication. The processes' own checks (completion listeners) run as for every
 * user; the form contract of the REST guard does not, since no HTTP request is made: the demo's
 * values are written to match the deployed forms, and the authorizations of each group are the
 * business of the authorization tests. The engine's clock is set to each step's moment, so
 * history, due dates and registers spread over months; asynchronous steps run as the job
 * executor would run them.
 * The one place of the demo package that talks to the engine.
 */
final class DemoStory {

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private ZonedDateTime now;

  DemoStory(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
  }

  /** Moves the clock to a working hour of the day (9:00 plus the hour given). */
  DemoStory on(LocalDate day, int hour) {
    now = day.atTime(LocalTime.of(9 + hour, 0)).atZone(WorkingDays.ZONE);
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    return this;
  }

  /** Moves the clock on by some minutes, for the next step of the same sitting. */
  void later(int minutes) {
    now = now.plusMinutes(minutes);
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
  }

  LocalDate today() {
    return now.toLocalDate();
  }

  /** Starts a process as the user, then runs what the start left to the job executor. */
  ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
    ProcessInstance instance = as(user, () -> runtime.startProcessInstanceByKey(processKey, variables));
    runJobs(instance);
    later(5);
    return instance;
  }

  /**
   * The user of the demo who works the instance's open task of that kind: its assignee, or the first
   * demo user in one of its candidate groups. Claims the task for that user and completes it with
   * the form's values, then runs the asynchronous steps that follow.
   */
  void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = openTask(instance, taskKey);
    complete(task, userOf(task), variables, instance);
  }

  /** Completes one given task (of a multi-instance activity) as the user who works it. */
  void complete(Task task, Map<String, Object> variables, ProcessInstance instance) {
    complete(task, userOf(task), variables, instance);
  }

  private void complete(Task task, String user, Map<String, Object> variables, ProcessInstance instance) {
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), user);
    }
    tasks.complete(task.getId(), variables);
    runJobs(instance);
    later(20);
  }

  /** The open tasks of that kind in the instance and the instances it called. */
  List<Task> openTasks(ProcessInstance instance, String taskKey) {
    List<Task> open = new ArrayList<>();
    for (String id : tree(instance.getId())) {
      open.addAll(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list());
    }
    return open;
  }

  Task openTask(ProcessInstance instance, String taskKey) {
    List<Task> open = openTasks(instance, taskKey);
    if (open.size() != 1) {
      throw new IllegalStateException("Demodaten: " + open.size() + " offene Aufgaben " + taskKey + " in "
          + instance.getBusinessKey());
    }
    return open.get(0);
  }

  /** Fires the timer of the activity (in the instance or one it called) as if its time had come. */
  void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = jobsOf(instance).stream().filter(job -> activityId.equals(activityOf(job))).findFirst()
        .orElseThrow(() -> new IllegalStateException("Demodaten: kein Timer " + activityId + " in "
            + instance.getBusinessKey()));
    management.executeJob(timer.getId());
    runJobs(instance);
  }

  /** Runs the due asynchronous continuations of the instance and the instances it called. */
  void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = jobsOf(instance).stream().filter(job -> job.getDuedate() == null).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Demodaten: asynchrone Schritte enden nicht in " + instance.getBusinessKey());
  }

  /** A process the instance called, by its business key. */
  ProcessInstance called(String businessKey) {
    return Objects.requireNonNull(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult(), businessKey);
  }

  Object variable(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** Ends every temporary setting: the clock is real again, nobody is authenticated. */
  void end() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  private List<Job> jobsOf(ProcessInstance instance) {
    List<Job> jobs = new ArrayList<>();
    for (String id : tree(instance.getId())) {
      jobs.addAll(management.createJobQuery().processInstanceId(id).list());
    }
    return jobs;
  }

  private String activityOf(Job job) {
    return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  /** The instance and, transitively, the instances it called. */
  private List<String> tree(String rootId) {
    List<String> ids = new ArrayList<>(List.of(rootId));
    for (int i = 0; i < ids.size(); i++) {
      runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(child -> ids.add(child.getId()));
    }
    return ids;
  }

  private String userOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
    return DemoUser.all().stream().filter(user -> user.groupIds().stream().anyMatch(groups::contains))
        .map(DemoUser::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("Demodaten: kein Demo-Benutzer für " + groups));
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups = DemoUser.all().stream().filter(u -> u.id().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Demodaten: unbekannter Benutzer " + user)).groupIds();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
