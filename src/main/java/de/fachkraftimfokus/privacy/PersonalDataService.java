package de.fachkraftimfokus.privacy;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access to and erasure of a contact person's data on request (GDPR Art. 15 and 17, DESIGN.md §3).
 *
 * <p>A person is found by their e-mail address (ignoring case) in every process instance, running
 * or ended, that holds it. Their data are the {@link PrivacyProperties#personalVariables()} of those
 * instances, in the engine's runtime <b>and</b> history (every earlier value included): the
 * platform's own tables hold no contact persons. Erasure removes the history of those variables
 * and replaces the values of running instances by {@link #ERASED}, so the case can go on without
 * the person's data. Each request is logged without the person's data (who, when, which cases).
 */
@Service
public class PersonalDataService {

  /** What a running case shows instead of an erased value. */
  public static final String ERASED = "[gelöscht – Datenschutz]";
  static final String EXPORT = "AUSKUNFT";
  static final String ERASURE = "LOESCHUNG";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);

  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;
  private final PrivacyProperties properties;

  PersonalDataService(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
      JdbcTemplate jdbc, PrivacyProperties properties) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** One process instance with the person's data in it. */
  public record Record(String processDefinitionKey, String businessKey, String processInstanceId, Date startTime,
      Date endTime, Map<String, Object> data) {}

  /** What the platform holds about the person. */
  public record Export(String email, Instant exportedAt, List<Record> records) {}

  /** What an erasure did. */
  public record Erasure(int processInstances, int variables, List<String> businessKeys) {}

  /** The person's data in all process instances (Art. 15). */
  @Transactional
  public Export export(String email, String requestedBy) {
    String address = checked(email);
    List<Record> records = new ArrayList<>();
    for (String processInstanceId : instancesOf(address)) {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      Map<String, Object> data = new LinkedHashMap<>();
      for (HistoricVariableInstance variable : personalVariables(processInstanceId)) {
        data.put(variable.getName(), variable.getValue());
      }
      records.add(new Record(instance.getProcessDefinitionKey(), instance.getBusinessKey(), processInstanceId,
          instance.getStartTime(), instance.getEndTime(), data));
    }
    log(EXPORT, requestedBy, records.stream().map(Record::businessKey).toList(), 0);
    return new Export(address, Instant.now(), records);
  }

  /**
   * Erases the person's data everywhere (Art. 17): all in one transaction, so a failure leaves
   * everything as it was.
   */
  @Transactional
  public Erasure erase(String email, String requestedBy) {
    String address = checked(email);
    List<String> businessKeys = new ArrayList<>();
    int erased = 0;
    Set<String> instances = instancesOf(address);
    for (String processInstanceId : instances) {
      // running: remove the variable (its history entry is then complete), forget its history, set the marker
      List<VariableInstance> replaced = new ArrayList<>();
      for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(processInstanceId).variableNameIn(names()).list()) {
        if (variable.getTaskId() != null) {
          // a task's own copy: erased, not replaced (the task reads the process's value)
          taskService.removeVariableLocal(variable.getTaskId(), variable.getName());
        } else {
          replaced.add(variable);
          runtimeService.removeVariableLocal(variable.getExecutionId(), variable.getName());
        }
      }
      for (HistoricVariableInstance variable : personalVariables(processInstanceId)) {
        historyService.deleteHistoricVariableInstance(variable.getId());
        erased++;
      }
      replaced.forEach(variable -> runtimeService.setVariableLocal(variable.getExecutionId(), variable.getName(), ERASED));
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      businessKeys.add(instance.getBusinessKey());
    }
    log(ERASURE, requestedBy, businessKeys, erased);
    LOG.info("Datenschutz-Löschung durch {}: {} Variablen in {} Vorgängen ({})", requestedBy, erased,
        instances.size(), businessKeys);
    return new Erasure(instances.size(), erased, businessKeys);
  }

  /** Every process instance, running or ended, in which the address was ever a value of the e-mail variable. */
  private Set<String> instancesOf(String address) {
    Set<String> ids = new LinkedHashSet<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .variableName(properties.emailVariable()).variableValueEquals(properties.emailVariable(), address)
        .matchVariableValuesIgnoreCase().includeDeleted().disableCustomObjectDeserialization().list()) {
      ids.add(variable.getProcessInstanceId());
    }
    return ids;
  }

  private List<HistoricVariableInstance> personalVariables(String processInstanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableNameIn(names()).includeDeleted().disableCustomObjectDeserialization().list();
  }

  private String[] names() {
    return properties.personalVariables().toArray(String[]::new);
  }

  private static String checked(String email) {
    String address = email == null ? "" : email.trim();
    if (!InputCheck.EMAIL.matcher(address).matches()) {
      throw new InvalidInputException(List.of(new FieldError("email", "E-Mail-Adresse der Person",
          "keine gültige E-Mail-Adresse")));
    }
    return address.toLowerCase(Locale.ROOT);
  }

  /** The request log keeps no personal data: kind, who, when, which cases. */
  private void log(String kind, String requestedBy, List<String> businessKeys, int variables) {
    String keys = String.join(",", businessKeys);
    jdbc.update("INSERT INTO fkif_privacy_request (kind, requested_by, requested_at, process_instances, variables, "
            + "business_keys) VALUES (?,?,?,?,?,?)", kind, requestedBy, Timestamp.from(Instant.now()),
        businessKeys.size(), variables, keys.length() > 4000 ? keys.substring(0, 4000) : keys);
  }
}
