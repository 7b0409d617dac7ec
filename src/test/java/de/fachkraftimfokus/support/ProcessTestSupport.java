package de.fachkraftimfokus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Helpers of the process tests: an in-process SMTP server (GreenMail) for the platform's mails,
 * job execution by hand (the job executor is off), and task completion by task id.
 */
public final class ProcessTestSupport {

  private ProcessTestSupport() {}

  /**
   * A GreenMail server on a free local port, started at once: the Spring context (which reads its
   * port) may be created before any JUnit extension runs. Stop it in {@code @AfterAll}.
   */
  /** The received mails whose subject contains the text (e.g. a business key). */
  public static List<Message> mailsAbout(GreenMail mail, String text) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(text)).map(m -> (Message) m).toList();
  }

  public static String subject(Message message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(Message message) {
    try {
      return String.valueOf(message.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> recipients(Message message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Executes every job of the process instance that is due now, until none is left. */
  public static void executeDueJobs(ManagementService management, String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs of " + processInstanceId + " do not come to an end");
  }

  /** Executes the one job of the process instance at this activity (an asynchronous step or a timer), due or not. */
  public static void executeJob(ManagementService management, String processInstanceId, String activityId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    if (job == null) {
      throw new AssertionError("Kein Job an " + activityId + " in " + processInstanceId);
    }
    management.executeJob(job.getId());
  }

  /** Executes the asynchronous steps (mails) of the process instance until none is left; timers wait. */
  public static void executeAsyncSteps(ManagementService management, String processInstanceId) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Executes the (only) timer job of the process instance, whatever its due date. */
  public static void fireTimer(ManagementService management, String processInstanceId, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
        .singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer at " + activityId + " in " + processInstanceId);
    }
    management.executeJob(timer.getId());
  }

  public static Task task(TaskService tasks, String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in " + processInstanceId);
    }
    return task;
  }

  public static void complete(TaskService tasks, String processInstanceId, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(tasks, processInstanceId, taskKey).getId(), variables);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
