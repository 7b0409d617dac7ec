package de.fachkraftimfokus.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Test data and look-ups shared by the privacy tests. */
final class PrivacyTestSupport {

  static final String DEMO_PASSWORD = "Fokus-Demo-2026";

  private PrivacyTestSupport() {}

  /** A contact person whose three values occur nowhere else in the database of the run. */
  record Person(String name, String email, String phone) {

    static Person unique() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      StringBuilder tag = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        tag.append((char) ('a' + random.nextInt(26)));
      }
      String suffix = Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
      return new Person("Frieda Löschmann-" + suffix, "frieda." + tag + "@example.org",
          "0391 " + (1_000_000 + random.nextInt(9_000_000)));
    }

    List<String> values() {
      return List.of(name, email, phone);
    }
  }

  /**
   * Form-field details as Camunda's default history handler wrote them before
   * {@link FormFieldHistoryPlugin} (one per submitted text field): the legacy rows of a database
   * that ran an earlier version of the platform.
   */
  static void writeLegacyFormFields(ProcessEngine engine, String processInstanceId, Map<String, String> fields) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(processInstanceId);
      HistoryEventProducer producer = configuration.getHistoryEventProducer();
      DbHistoryEventHandler defaultHandler = new DbHistoryEventHandler();
      fields.forEach((name, value) -> defaultHandler.handleEvent(
          producer.createFormPropertyUpdateEvt(execution, name, value, null)));
      return null;
    });
  }

  /**
   * What the engine shows about the process instances through its REST API and, where REST has no
   * list (comments, attachment contents, stack traces), through its Java API: one text per source.
   */
  static Map<String, String> engineViews(TestRestTemplate admin, ProcessEngine engine, List<String> processInstanceIds) {
    HistoryService history = engine.getHistoryService();
    TaskService tasks = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    Map<String, String> views = new LinkedHashMap<>();
    for (String id : processInstanceIds) {
      for (String path : List.of(
          "/engine-rest/variable-instance?processInstanceIdIn=" + id + "&deserializeValues=false",
          "/engine-rest/history/variable-instance?processInstanceId=" + id + "&deserializeValues=false&includeDeleted=true",
          "/engine-rest/history/detail?processInstanceId=" + id + "&deserializeValues=false",
          "/engine-rest/history/process-instance?processInstanceId=" + id,
          "/engine-rest/history/task?processInstanceId=" + id,
          "/engine-rest/task?processInstanceId=" + id,
          "/engine-rest/history/user-operation?processInstanceId=" + id,
          "/engine-rest/incident?processInstanceId=" + id,
          "/engine-rest/history/incident?processInstanceId=" + id,
          "/engine-rest/job?processInstanceId=" + id,
          "/engine-rest/history/job-log?processInstanceId=" + id,
          "/engine-rest/history/decision-instance?processInstanceId=" + id
              + "&includeInputs=true&includeOutputs=true&disableCustomObjectDeserialization=true")) {
        ResponseEntity<String> response = admin.getForEntity(path, String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
          throw new IllegalStateException(path + " → " + response.getStatusCode() + " " + response.getBody());
        }
        views.put(path, response.getBody());
      }
      List<String> texts = new ArrayList<>();
      tasks.getProcessInstanceComments(id).forEach(comment -> texts.add(comment.getFullMessage()));
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
        for (Comment comment : tasks.getTaskComments(task.getId())) {
          texts.add(comment.getFullMessage());
        }
        for (Attachment attachment : tasks.getTaskAttachments(task.getId())) {
          texts.add(attachment.getName() + " " + attachment.getDescription() + " " + attachment.getUrl() + " "
              + read(tasks.getAttachmentContent(attachment.getId())));
        }
      }
      for (Job job : management.createJobQuery().processInstanceId(id).withException().list()) {
        texts.add(management.getJobExceptionStacktrace(job.getId()));
      }
      for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).failureLog().list()) {
        texts.add(history.getHistoricJobLogExceptionStacktrace(log.getId()));
      }
      views.put("Kommentare, Anhänge, Stacktraces von " + id, String.join("\n", texts));
    }
    return views;
  }

  /** The sources whose text holds the value (ignoring case). */
  static List<String> sourcesHolding(Map<String, String> views, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return views.entrySet().stream().filter(view -> view.getValue() != null
        && view.getValue().toLowerCase(Locale.ROOT).contains(lower)).map(Map.Entry::getKey).toList();
  }

  static ResponseEntity<String> post(TestRestTemplate rest, String user, String password, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static String read(InputStream content) {
    if (content == null) {
      return "";
    }
    try (content) {
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
