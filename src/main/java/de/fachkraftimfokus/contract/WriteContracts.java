package de.fachkraftimfokus.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The write contracts of the running platform: for a task or a process definition, the form the
 * engine has deployed for it; for a message, its declared {@link MessageContract}. Looked up with the
 * caller's own authentication, so nobody learns the form of a task they may not see.
 */
@Service
public class WriteContracts {

  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final Map<String, MessageContract> messages = new HashMap<>();

  /**
   * Whether the task existed and is finished: a completion that comes second (two users, two nodes, one
   * task) is told so instead of "not found". Call without an authentication set: the caller may no
   * longer see a task that is gone.
   */
  public boolean taskFinished(String taskId) {
    return taskId != null && taskService.createTaskQuery().taskId(taskId).count() == 0
        && historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
  }

  WriteContracts(FormService formService, TaskService taskService, RepositoryService repositoryService,
      HistoryService historyService, List<MessageContract> messageContracts) {
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    messageContracts.forEach(contract -> messages.put(contract.messageName(), contract));
  }

  /**
   * Checks a completion of the task against its form; current values are the task's variables.
   *
   * @throws NotFoundException when the task does not exist or the caller may not see it
   */
  public ContractCheck.Verdict checkTask(String taskId, Map<String, SubmittedValue> submitted) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("task");
    }
    TaskFormData form = formService.getTaskFormData(taskId);
    FormContract contract = form.getCamundaFormRef() == null ? FormContract.none()
        : read(formService.getDeployedTaskForm(taskId));
    Map<String, Object> values = new HashMap<>();
    Function<String, Object> current = name -> values.computeIfAbsent(name, n -> taskService.getVariable(taskId, n));
    return ContractCheck.check(contract, submitted, current);
  }

  /** Checks a start of the process definition against its start form. */
  public ContractCheck.Verdict checkStart(String processDefinitionId, Map<String, SubmittedValue> submitted) {
    return ContractCheck.check(startContract(processDefinitionId), submitted, null);
  }

  /** The start form's contract of a process definition (none: no variables may be sent). */
  public FormContract startContract(String processDefinitionId) {
    StartFormData form = formService.getStartFormData(processDefinitionId);
    return form.getCamundaFormRef() == null ? FormContract.none()
        : read(formService.getDeployedStartForm(processDefinitionId));
  }

  /** The id of the latest version of the process the caller may see, by key (and tenant). */
  public Optional<String> latestDefinitionId(String key, String tenantId) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    return Optional.ofNullable(query.singleResult()).map(ProcessDefinition::getId);
  }

  public Optional<MessageContract> message(String messageName) {
    return Optional.ofNullable(messageName).map(messages::get);
  }

  private static FormContract read(InputStream form) {
    try (form) {
      return FormContract.parse(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
