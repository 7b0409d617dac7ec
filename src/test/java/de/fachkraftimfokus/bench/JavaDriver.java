package de.fachkraftimfokus.bench;

import de.fachkraftimfokus.bench.Workload.Step;
import de.fachkraftimfokus.identity.DemoUser;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The same workloads through the Java API in the platform's JVM, authenticated as the demo user
 * (the engine checks the same authorizations), without HTTP, servlet filters and password checks.
 */
final class JavaDriver implements Driver {

  private final IdentityService identity;
  private final FormService forms;
  private final TaskService tasks;
  private final RepositoryService repository;

  JavaDriver(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.repository = engine.getRepositoryService();
  }

  @Override
  public Instance start(Workload workload, boolean twin) {
    String key = twin ? workload.twinKey() : workload.processKey();
    authenticate(workload.starter());
    try {
      String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult().getId();
      ProcessInstance instance = forms.submitStartForm(definitionId, Driver.javaValues(workload.freshStart()));
      return new Instance(instance.getId(), twin ? null : instance.getBusinessKey());
    } finally {
      identity.clearAuthentication();
    }
  }

  @Override
  public long complete(Instance instance, Step step, String taskKey) {
    authenticate(step.user());
    try {
      long deadline = System.nanoTime() + 60_000_000_000L;
      List<Task> open = query(instance, taskKey).list();
      while (open.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Aufgabe " + taskKey + " erschien nicht für " + step.user() + " in " + instance);
        }
        Thread.sleep(Driver.POLL_MILLIS);
        open = query(instance, taskKey).list();
      }
      Task task = open.get(0);
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), step.user());
      }
      long started = System.nanoTime();
      forms.submitTaskForm(task.getId(), Driver.javaValues(step.values()));
      return System.nanoTime() - started;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  private TaskQuery query(Instance instance, String taskKey) {
    TaskQuery query = tasks.createTaskQuery().taskDefinitionKey(taskKey);
    return instance.businessKey() == null ? query.processInstanceId(instance.id())
        : query.processInstanceBusinessKeyLike(instance.businessKey() + "%");
  }

  private void authenticate(String user) {
    identity.setAuthentication(user, DemoUser.all().stream().filter(u -> u.id().equals(user)).findFirst()
        .orElseThrow().groupIds());
  }
}
