package de.fachkraftimfokus.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Figures counted in the database — the job backlog, locked and failed jobs, open incidents,
 * running instances, overdue tasks, and what process packages count in their own tables
 * ({@link CountedGauge}) — for Prometheus. They cost queries, so they are refreshed on a
 * schedule ({@code fkif.monitoring.refresh}, default every 30 s) and a scrape only reads the cached
 * values. Each node reports the same figures (they are the database's).
 */
@Component
class EngineGauges {

  private static final Logger LOG = LoggerFactory.getLogger(EngineGauges.class);

  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final AtomicLong dueJobs = new AtomicLong();
  private final AtomicLong lockedJobs = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();
  private final MultiGauge incidents;
  private final MultiGauge instances;
  private final MultiGauge overdueTasks;
  private final Map<CountedGauge, MultiGauge> counted = new LinkedHashMap<>();

  EngineGauges(MeterRegistry registry, ManagementService management, RuntimeService runtime,
      RepositoryService repository, TaskService tasks, List<CountedGauge> countedGauges) {
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    Gauge.builder("fkif.engine.jobs.due", dueJobs, AtomicLong::get)
        .description("Jobs, die jetzt fällig sind und auf Ausführung warten").register(registry);
    Gauge.builder("fkif.engine.jobs.locked", lockedJobs, AtomicLong::get)
        .description("Jobs, die ein Knoten gerade ausführt (gesperrt)").register(registry);
    Gauge.builder("fkif.engine.jobs.failed", failedJobs, AtomicLong::get)
        .description("Jobs ohne verbleibende Wiederholungen").register(registry);
    incidents = MultiGauge.builder("fkif.engine.incidents").description("Offene Vorfälle").register(registry);
    instances = MultiGauge.builder("fkif.engine.instances.running").description("Laufende Prozessinstanzen")
        .register(registry);
    overdueTasks = MultiGauge.builder("fkif.tasks.overdue").description("Überfällige Aufgaben je Gruppe")
        .register(registry);
    for (CountedGauge gauge : countedGauges) {
      counted.put(gauge, MultiGauge.builder(gauge.name()).description(gauge.description()).register(registry));
    }
  }

  @Scheduled(fixedDelayString = "${fkif.monitoring.refresh:PT30S}", initialDelayString = "PT5S")
  void refresh() {
    try {
      dueJobs.set(management.createJobQuery().executable().count());
      lockedJobs.set(management.createJobQuery().acquired().count());
      failedJobs.set(management.createJobQuery().noRetriesLeft().count());
      Map<String, String> keys = new HashMap<>();
      List<MultiGauge.Row<?>> incidentRows = new ArrayList<>();
      Map<List<String>, Long> incidentCounts = new HashMap<>();
      for (Incident incident : runtime.createIncidentQuery().list()) {
        String key = keys.computeIfAbsent(incident.getProcessDefinitionId(), this::keyOf);
        incidentCounts.merge(List.of(key, String.valueOf(incident.getActivityId())), 1L, Long::sum);
      }
      incidentCounts.forEach((labels, count) -> incidentRows.add(
          MultiGauge.Row.of(Tags.of("process", labels.get(0), "activity", labels.get(1)), count)));
      incidents.register(incidentRows, true);
      List<MultiGauge.Row<?>> instanceRows = new ArrayList<>();
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count();
        instanceRows.add(MultiGauge.Row.of(Tags.of("process", definition.getKey()), running));
      }
      instances.register(instanceRows, true);
      Map<String, Long> overdue = new HashMap<>();
      for (Task task : tasks.createTaskQuery().dueBefore(new Date(ClockUtil.getCurrentTime().getTime())).list()) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (link.getGroupId() != null) {
            overdue.merge(link.getGroupId(), 1L, Long::sum);
          }
        }
      }
      List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
      overdue.forEach((group, count) -> overdueRows.add(MultiGauge.Row.of(Tags.of("group", group), count)));
      overdueTasks.register(overdueRows, true);
      counted.forEach((gauge, meter) -> meter.register(gauge.count().entrySet().stream()
          .<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(Tags.of(gauge.label(), row.getKey()), row.getValue()))
          .toList(), true));
    } catch (RuntimeException e) {
      // a database outage must not stop the schedule; the figures stay as they were
      LOG.warn("Kennzahlen der Engine nicht aktualisiert: {}", e.toString());
    }
  }

  private String keyOf(String processDefinitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    return definition == null ? "unbekannt" : definition.getKey();
  }
}
