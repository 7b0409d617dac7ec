package de.fachkraftimfokus.privacy;

import de.fachkraftimfokus.privacy.Finding.CaseInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The person in the engine: which process instances they appear in, and every place of those
 * instances that holds one of their values ({@link Place}) — found, and on request erased, through
 * Camunda's API; {@link EngineTablesWithoutApi} does the few things the API cannot.
 *
 * <p>Export and erasure walk the same places with the same test ({@link #holds}), so the erasure
 * removes exactly what the export shows.
 */
@Component
class EnginePlaces {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final EngineTablesWithoutApi withoutApi;
  private final PrivacyProperties properties;

  EnginePlaces(HistoryService history, RuntimeService runtime, TaskService tasks, ManagementService management,
      EngineTablesWithoutApi withoutApi, PrivacyProperties properties) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.withoutApi = withoutApi;
    this.properties = properties;
  }

  /**
   * Every process instance, running or ended, in which the address was ever (also as an earlier
   * value) the person's e-mail, together with every instance of the same call hierarchy: the case
   * and all processes it called (a referral without consent has no contact data, but its case
   * summary may still quote the person).
   */
  List<CaseInstance> casesOf(String address) {
    String emailVariable = properties.emailVariable();
    Set<String> direct = new LinkedHashSet<>();
    history.createHistoricVariableInstanceQuery().variableName(emailVariable)
        .variableValueEquals(emailVariable, address).matchVariableValuesIgnoreCase().includeDeleted()
        .disableCustomObjectDeserialization().list()
        .forEach(variable -> direct.add(variable.getProcessInstanceId()));
    direct.addAll(withoutApi.instancesWithValue(emailVariable, address));
    direct.remove(null);
    if (direct.isEmpty()) {
      return List.of();
    }
    Set<String> roots = new LinkedHashSet<>();
    history.createHistoricProcessInstanceQuery().processInstanceIds(direct).list()
        .forEach(instance -> roots.add(Objects.requireNonNullElse(instance.getRootProcessInstanceId(), instance.getId())));
    Map<String, CaseInstance> instances = new LinkedHashMap<>();
    for (String root : roots) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root)
          .orderByProcessInstanceStartTime().asc().list()) {
        instances.putIfAbsent(instance.getId(), new CaseInstance(instance.getId(), instance.getProcessDefinitionKey(),
            instance.getBusinessKey()));
      }
    }
    return List.copyOf(instances.values());
  }

  /**
   * The address and the person's names and phone numbers: in an instance whose e-mail is the
   * address, every value its personal variables have or had; in an instance found by an earlier
   * address only (the contact person changed), only the earlier values — the current ones belong to
   * someone else.
   */
  PersonValues valuesOf(String address, Collection<CaseInstance> instances) {
    List<String> raw = new ArrayList<>(List.of(address));
    for (CaseInstance instance : instances) {
      Map<String, String> currentById = new LinkedHashMap<>();
      Map<String, String> currentByName = new LinkedHashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instance.id()).variableNameIn(personalNames()).includeDeleted()
          .disableCustomObjectDeserialization().list()) {
        String text = text(variable.getTypedValue());
        currentById.put(variable.getId(), text);
        currentByName.putIfAbsent(variable.getName(), text);
      }
      boolean currentContact = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.id())
          .variableName(properties.emailVariable()).includeDeleted().list().stream()
          .anyMatch(variable -> variable.getValue() instanceof String email && email.trim().equalsIgnoreCase(address));
      if (currentContact) {
        raw.addAll(currentById.values());
      }
      for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.id())
          .disableCustomObjectDeserialization().list()) {
        if (detail instanceof HistoricVariableUpdate update && isPersonal(update.getVariableName())) {
          String text = text(update.getTypedValue());
          if (currentContact || !Objects.equals(text, currentById.get(update.getVariableInstanceId()))) {
            raw.add(text);
          }
        } else if (detail instanceof HistoricFormField field && isPersonal(field.getFieldId())) {
          String text = Objects.toString(field.getFieldValue(), null);
          if (currentContact || !Objects.equals(text, currentByName.get(field.getFieldId()))) {
            raw.add(text);
          }
        }
      }
    }
    return PersonValues.of(raw);
  }

  /** Every place in these instances that holds a value of the person. */
  List<Finding> find(List<CaseInstance> instances, PersonValues values) {
    return visit(instances, values, false);
  }

  /** Erases every place {@link #find} reports; returns what it erased. */
  List<Finding> erase(List<CaseInstance> instances, PersonValues values) {
    return visit(instances, values, true);
  }

  private List<Finding> visit(List<CaseInstance> instances, PersonValues values, boolean erase) {
    List<Finding> findings = new ArrayList<>();
    for (CaseInstance instance : instances) {
      variables(instance, values, erase, findings);
      formFields(instance, values, erase, findings);
      comments(instance, values, erase, findings);
      attachments(instance, values, erase, findings);
      decisions(instance, values, erase, findings);
      incidentsAndJobs(instance, values, erase, findings);
    }
    // last: deleting an attachment logs its name, and that entry must go as well
    for (CaseInstance instance : instances) {
      operationLog(instance, values, erase, findings);
    }
    return findings;
  }

  /**
   * Runtime variables and their whole history. A variable whose current or any earlier value holds
   * the person loses its history; while the instance runs, it gets its value back with the
   * person's values replaced (a personal variable: {@link PersonValues#ERASED} as a whole), so the
   * case can go on.
   */
  private void variables(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    Map<String, List<HistoricVariableUpdate>> updates = history.createHistoricDetailQuery()
        .processInstanceId(instance.id()).variableUpdates().disableCustomObjectDeserialization().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .collect(Collectors.groupingBy(HistoricVariableUpdate::getVariableInstanceId, LinkedHashMap::new, Collectors.toList()));
    Set<String> historicIds = new LinkedHashSet<>();
    Set<String> historicHits = new LinkedHashSet<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instance.id()).includeDeleted().disableCustomObjectDeserialization().list()) {
      historicIds.add(variable.getId());
      String text = text(variable.getTypedValue());
      if (holds(variable.getName(), text, values)) {
        findings.add(Finding.inEngine(Place.HISTORIC_VARIABLE, instance, variable.getName(), text));
        historicHits.add(variable.getId());
      }
      for (HistoricVariableUpdate update : updates.getOrDefault(variable.getId(), List.of())) {
        String earlier = text(update.getTypedValue());
        if (holds(update.getVariableName(), earlier, values)) {
          findings.add(Finding.inEngine(Place.VARIABLE_UPDATE, instance, update.getVariableName(), earlier));
          historicHits.add(variable.getId());
        }
      }
    }
    Map<VariableInstance, TypedValue> replaced = new LinkedHashMap<>();
    for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instance.id())
        .disableCustomObjectDeserialization().list()) {
      String text = text(variable.getTypedValue());
      boolean hit = holds(variable.getName(), text, values);
      if (hit) {
        findings.add(Finding.inEngine(Place.RUNTIME_VARIABLE, instance, variable.getName(), text));
      }
      if (hit || historicHits.contains(variable.getId())) {
        // a hit only in its history keeps its current value, with a fresh history
        replaced.put(variable, hit ? replacement(variable, values) : variable.getTypedValue());
      }
    }
    if (!erase) {
      return;
    }
    replaced.keySet().forEach(this::remove);
    replaced.keySet().stream().map(VariableInstance::getId).filter(historicIds::contains).forEach(historicHits::add);
    historicHits.forEach(history::deleteHistoricVariableInstance);
    replaced.forEach((variable, value) -> {
      if (value != null) {
        set(variable, value);
      }
    });
  }

  /** Form-field details are copies of variable values (see {@link FormFieldHistoryPlugin}): all of them go. */
  private void formFields(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.id()).formFields().list()) {
      HistoricFormField field = (HistoricFormField) detail;
      String text = Objects.toString(field.getFieldValue(), null);
      if (holds(field.getFieldId(), text, values)) {
        findings.add(Finding.inEngine(Place.FORM_FIELD, instance, field.getFieldId(), text));
      }
    }
    if (erase) {
      withoutApi.deleteFormFields(instance.id());
    }
  }

  private void comments(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    Map<String, Comment> comments = new LinkedHashMap<>();
    tasks.getProcessInstanceComments(instance.id()).forEach(comment -> comments.put(comment.getId(), comment));
    for (HistoricTaskInstance task : tasksOf(instance)) {
      tasks.getTaskComments(task.getId()).forEach(comment -> comments.putIfAbsent(comment.getId(), comment));
    }
    for (Comment comment : comments.values()) {
      String text = comment.getFullMessage();
      if (values.foundIn(text)) {
        findings.add(Finding.inEngine(Place.COMMENT, instance, "Kommentar " + comment.getId(), text));
        if (erase) {
          withoutApi.replaceComment(comment.getId(), values.scrub(text));
        }
      }
    }
  }

  /** An attachment that names the person (name, description, link or content) is deleted as a whole. */
  private void attachments(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    Map<String, Attachment> attachments = new LinkedHashMap<>();
    tasks.getProcessInstanceAttachments(instance.id()).forEach(attachment -> attachments.put(attachment.getId(), attachment));
    for (HistoricTaskInstance task : tasksOf(instance)) {
      tasks.getTaskAttachments(task.getId()).forEach(attachment -> attachments.putIfAbsent(attachment.getId(), attachment));
    }
    for (Attachment attachment : attachments.values()) {
      String text = Stream.of(attachment.getName(), attachment.getDescription(), attachment.getUrl(),
          content(attachment.getId())).filter(Objects::nonNull).collect(Collectors.joining("\n"));
      if (values.foundIn(text)) {
        findings.add(Finding.inEngine(Place.ATTACHMENT, instance, "Anhang " + attachment.getId(), text));
        if (erase) {
          tasks.deleteAttachment(attachment.getId());
        }
      }
    }
  }

  /** A decision evaluated with one of the values is deleted from the history as a whole. */
  private void decisions(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.id()).includeInputs().includeOutputs().disableCustomObjectDeserialization().list()) {
      boolean hit = false;
      for (HistoricDecisionInputInstance input : decision.getInputs()) {
        String text = text(input.getTypedValue());
        if (values.foundIn(text)) {
          findings.add(Finding.inEngine(Place.DECISION, instance, decision.getDecisionDefinitionKey() + " – Eingabe "
              + Objects.requireNonNullElse(input.getClauseName(), input.getClauseId()), text));
          hit = true;
        }
      }
      for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
        String text = text(output.getTypedValue());
        if (values.foundIn(text)) {
          findings.add(Finding.inEngine(Place.DECISION, instance, decision.getDecisionDefinitionKey() + " – Ausgabe "
              + Objects.requireNonNullElse(output.getVariableName(), output.getClauseId()), text));
          hit = true;
        }
      }
      if (hit && erase) {
        history.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
      }
    }
  }

  /**
   * A failing expression or delegate can quote a variable in its exception (e.g. „Cannot coerce
   * 'Maria Muster' to …“): incidents, failed jobs and the job log keep that text. It is rewritten
   * with the values replaced, so the operators still see what failed.
   */
  private void incidentsAndJobs(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    for (Incident incident : runtime.createIncidentQuery().processInstanceId(instance.id()).list()) {
      if (values.foundIn(incident.getIncidentMessage())) {
        findings.add(Finding.inEngine(Place.INCIDENT, instance, "Vorfall " + incident.getId(), incident.getIncidentMessage()));
        if (erase) {
          withoutApi.replaceIncidentMessage(incident.getId(), values.scrub(incident.getIncidentMessage()));
        }
      }
    }
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instance.id()).list()) {
      if (values.foundIn(incident.getIncidentMessage())) {
        findings.add(Finding.inEngine(Place.INCIDENT, instance, "Vorfall " + incident.getId() + " (Historie)",
            incident.getIncidentMessage()));
        if (erase) {
          withoutApi.replaceHistoricIncidentMessage(incident.getId(), values.scrub(incident.getIncidentMessage()));
        }
      }
    }
    for (Job job : management.createJobQuery().processInstanceId(instance.id()).withException().list()) {
      String stacktrace = management.getJobExceptionStacktrace(job.getId());
      if (values.foundIn(job.getExceptionMessage()) || values.foundIn(stacktrace)) {
        findings.add(Finding.inEngine(Place.FAILED_JOB, instance, "Job " + job.getId(), job.getExceptionMessage()));
        if (erase) {
          withoutApi.replaceJobException(job.getId(), values.scrub(job.getExceptionMessage()), values.scrub(stacktrace));
        }
      }
    }
    for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(instance.id()).failureLog().list()) {
      String stacktrace = history.getHistoricJobLogExceptionStacktrace(log.getId());
      if (values.foundIn(log.getJobExceptionMessage()) || values.foundIn(stacktrace)) {
        findings.add(Finding.inEngine(Place.JOB_LOG, instance, "Job-Protokoll " + log.getId(), log.getJobExceptionMessage()));
        if (erase) {
          withoutApi.replaceJobLogException(log.getId(), values.scrub(log.getJobExceptionMessage()), values.scrub(stacktrace));
        }
      }
    }
  }

  private void operationLog(CaseInstance instance, PersonValues values, boolean erase, List<Finding> findings) {
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(instance.id()).list()) {
      String text = Stream.of(entry.getOrgValue(), entry.getNewValue()).filter(Objects::nonNull)
          .collect(Collectors.joining(" → "));
      if (values.foundIn(text)) {
        findings.add(Finding.inEngine(Place.OPERATION_LOG, instance, entry.getOperationType() + " " + entry.getProperty(), text));
        if (erase) {
          history.deleteUserOperationLogEntry(entry.getId());
        }
      }
    }
  }

  // ---- helpers

  private List<HistoricTaskInstance> tasksOf(CaseInstance instance) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(instance.id()).list();
  }

  /** A value holds the person if it quotes one of their values, or a personal variable is one of them. */
  private boolean holds(String name, String text, PersonValues values) {
    return values.foundIn(text) || (isPersonal(name) && values.matches(text));
  }

  private boolean isPersonal(String name) {
    return properties.personalVariables().contains(name);
  }

  private String[] personalNames() {
    return properties.personalVariables().toArray(String[]::new);
  }

  /**
   * The new value of a variable that held the person: the marker for a personal variable of the
   * process (a task's own copy of it is only removed: the task reads the process's value), else the
   * same value, of the same type, with the person's values replaced.
   */
  private TypedValue replacement(VariableInstance variable, PersonValues values) {
    if (isPersonal(variable.getName())) {
      return variable.getTaskId() == null ? Variables.stringValue(PersonValues.ERASED) : null;
    }
    TypedValue value = variable.getTypedValue();
    if (value instanceof SerializableValue serializable) {
      String scrubbed = values.scrub(serializable.getValueSerialized());
      return switch (value.getType().getName()) {
        case "json" -> SpinValues.jsonValue(scrubbed).create();
        case "xml" -> SpinValues.xmlValue(scrubbed).create();
        default -> Variables.serializedObjectValue(scrubbed)
            .serializationDataFormat(serializable.getSerializationDataFormat())
            .objectTypeName(value instanceof ObjectValue object ? object.getObjectTypeName() : null).create();
      };
    }
    if (value instanceof FileValue file) {
      return Variables.fileValue(file.getFilename()).mimeType(file.getMimeType()).encoding(file.getEncoding())
          .file(values.scrub(text(file)).getBytes(StandardCharsets.UTF_8)).create();
    }
    if (value instanceof BytesValue) {
      return Variables.byteArrayValue(values.scrub(text(value)).getBytes(StandardCharsets.UTF_8));
    }
    return Variables.stringValue(values.scrub(text(value)));
  }

  private void remove(VariableInstance variable) {
    if (variable.getTaskId() != null) {
      tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
    } else {
      runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
    }
  }

  private void set(VariableInstance variable, TypedValue value) {
    if (variable.getTaskId() != null) {
      tasks.setVariableLocal(variable.getTaskId(), variable.getName(), value);
    } else {
      runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), value);
    }
  }

  /** The text of a value that can hold one: texts, JSON/XML/objects as serialized, bytes and files as UTF-8. */
  static String text(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized();
    }
    if (value instanceof FileValue file) {
      try (InputStream content = file.getValue()) {
        return content == null ? null : new String(content.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (value instanceof BytesValue bytes) {
      return bytes.getValue() == null ? null : new String(bytes.getValue(), StandardCharsets.UTF_8);
    }
    return value.getValue() instanceof String text ? text : null;
  }

  private String content(String attachmentId) {
    try (InputStream content = tasks.getAttachmentContent(attachmentId)) {
      return content == null ? null : new String(content.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
