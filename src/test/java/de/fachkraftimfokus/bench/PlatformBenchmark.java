package de.fachkraftimfokus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fachkraftimfokus.bench.Driver.Instance;
import de.fachkraftimfokus.bench.Workload.Step;
import de.fachkraftimfokus.bench.Workload.Typed;
import de.fachkraftimfokus.identity.DemoUser;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.support.TestMailServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark (bench/run.sh, README „Leistung“): the platform against its bare twins on the same
 * REST calls and the same Java calls, starts with 1–8 clients, and the Tasklist filters and Cockpit
 * queries at scale. Prints a table and writes {@code target/bench/report.json} and {@code .md}.
 *
 * <p>Not part of the test suite (tag {@code bench}, run by {@code -Pbench}); it asserts only that
 * every workload ran to its end, never a timing: the figures are the report.
 *
 * <p>It runs with the job executor on, as in production, so the platform's asynchronous steps (a
 * referral's notification) happen as they would; its own JVM, so its configuration is its own.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@Import(StatementCounter.Wiring.class)
class PlatformBenchmark {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityProperties identity;
  @Autowired DataSource dataSource;

  private final Settings settings = Settings.fromSystemProperties();

  /** MyBatis logs the task queries' SQL under this name (with {@code -Dbench.logFilterSql=true}). */
  private static final String TASK_SQL_LOGGER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

  /**
   * The knobs (system properties {@code bench.*}); bench/run.sh sets them, {@code --smoke} makes them tiny.
   * For short runs while profiling: {@code bench.workloads} (names as in the report, comma-separated;
   * empty: all), {@code bench.drivers} ({@code REST,Java}), {@code bench.tasklist=false} (no seeding,
   * no Tasklist filters, no Cockpit), {@code bench.scaling=} (empty: no scaling runs) and
   * {@code bench.countCases} (cases per workload and side whose SQL statements are counted; 0: none);
   * {@code bench.jfr} (a directory: one flight recording per workload, driver and side of the counted
   * cases, with every socket read and sleep of 0 ms or more: where the wall time goes).
   */
  record Settings(int rounds, int cases, int clients, List<Integer> scaling, int starts, int openTasks,
      int finishedCases, int realFinishedCases, int repeats, List<String> workloads, List<String> drivers,
      boolean tasklist, int countCases) {

    static Settings fromSystemProperties() {
      return new Settings(Integer.getInteger("bench.rounds", 3), Integer.getInteger("bench.cases", 20),
          Integer.getInteger("bench.clients", 2), list("bench.scaling", "1,2,4,8").stream().map(Integer::valueOf).toList(),
          Integer.getInteger("bench.starts", 100), Integer.getInteger("bench.openTasks", 1000),
          Integer.getInteger("bench.finishedCases", 200), Integer.getInteger("bench.realFinishedCases", 21),
          Integer.getInteger("bench.repeats", 50), list("bench.workloads", ""), list("bench.drivers", "REST,Java"),
          Boolean.parseBoolean(System.getProperty("bench.tasklist", "true")), Integer.getInteger("bench.countCases", 3));
    }

    private static List<String> list(String property, String fallback) {
      return java.util.Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
          .filter(s -> !s.isEmpty()).toList();
    }
  }

  /**
   * {@code -Dbench.mail=log}: no mail server at all, the platform writes its mails to the log as in
   * local demo mode. Only to tell how much of a referral's time is the test mail server's answer
   * (docs/leistung.md); the report's figures are with the mail server.
   */
  @DynamicPropertySource
  static void mailToLog(DynamicPropertyRegistry registry) {
    if ("log".equals(System.getProperty("bench.mail"))) {
      registry.add("spring.autoconfigure.exclude",
          () -> "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration");
    }
  }

  @Test
  void benchmark() throws Exception {
    TestMailServer.get();
    Report report = new Report(settings);
    List<Workload> workloads = new ArrayList<>(Workload.all());
    workloads.add(Workload.startsOnly());
    Twins.deploy(engine, workloads);
    if (!settings.workloads().isEmpty()) {
      workloads.removeIf(workload -> !settings.workloads().contains(workload.name()));
    }
    RestDriver rest = new RestDriver(port, identity.demoPassword());
    JavaDriver java = new JavaDriver(engine);
    List<Driver> drivers = new ArrayList<>();
    if (settings.drivers().contains("REST")) {
      drivers.add(rest);
    }
    if (settings.drivers().contains("Java")) {
      drivers.add(java);
    }

    // warm-up: every workload once on each side, so the first round does not pay for class loading
    for (Workload workload : workloads) {
      run(rest, workload, false, 1, 1);
      run(rest, workload, true, 1, 1);
    }
    for (int round = 1; round <= settings.rounds(); round++) {
      for (Workload workload : workloads) {
        for (Driver driver : drivers) {
          String mode = driver == rest ? "REST" : "Java";
          // alternate which side goes first, so a growing database does not favour one side
          boolean twinFirst = round % 2 == 0;
          Run first = run(driver, workload, twinFirst, settings.cases(), settings.clients());
          Run second = run(driver, workload, !twinFirst, settings.cases(), settings.clients());
          report.pair(workload.name(), mode, round, twinFirst ? second : first, twinFirst ? first : second);
        }
      }
    }
    countStatements(workloads, drivers, report);
    for (int clients : settings.scaling()) {
      Run starts = run(rest, Workload.startsOnly(), false, settings.starts(), clients);
      report.scaling(clients, starts);
    }
    if (settings.tasklist()) {
      seedForTasklist(java, report);
      timeTasklistFilters(rest, report);
      timeCockpit(rest, report);
    }
    report.write(Path.of("target", "bench"));
    assertThat(report.pairs()).isNotEmpty();
  }

  /**
   * The SQL statements per case of each workload on each side ({@link StatementCounter}): a few cases
   * with one client, then until the job executor has run what they left (a referral's notification),
   * so the asynchronous steps count with their case.
   */
  private void countStatements(List<Workload> workloads, List<Driver> drivers, Report report) throws Exception {
    if (settings.countCases() <= 0) {
      return;
    }
    for (Workload workload : workloads) {
      for (Driver driver : drivers) {
        for (boolean twin : List.of(false, true)) {
          String mode = driver instanceof RestDriver ? "REST" : "Java";
          jdk.jfr.Recording recording = flightRecording(workload.name() + "-" + mode + "-" + (twin ? "twin" : "platform"));
          StatementCounter.reset();
          run(driver, workload, twin, settings.countCases(), 1);
          if (recording != null) {
            recording.stop();
            recording.close();
          }
          long deadline = System.nanoTime() + 60_000_000_000L;
          while (engine.getManagementService().createJobQuery().executable().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
          }
          report.statements(workload.name(), mode, twin, settings.countCases(), StatementCounter.snapshot());
        }
      }
    }
  }

  /** A started flight recording into {@code bench.jfr}/name.jfr, or null without {@code bench.jfr}. */
  private static jdk.jfr.Recording flightRecording(String name) throws Exception {
    String directory = System.getProperty("bench.jfr", "");
    if (directory.isBlank()) {
      return null;
    }
    java.nio.file.Files.createDirectories(Path.of(directory));
    jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
    recording.enable("jdk.SocketRead").withThreshold(java.time.Duration.ZERO).withStackTrace();
    recording.enable("jdk.ThreadSleep").withThreshold(java.time.Duration.ZERO).withStackTrace();
    recording.setDestination(Path.of(directory, name + ".jfr"));
    recording.start();
    return recording;
  }

  /** Runs n instances of the workload with the given number of client threads; each instance to its end. */
  private Run run(Driver driver, Workload workload, boolean twin, int n, int clients) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Long> completions = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        work.add(pool.submit(() -> {
          while (next.getAndIncrement() < n) {
            Instance instance = driver.start(workload, twin);
            List<Step> steps = workload.steps();
            for (int i = 0; i < steps.size(); i++) {
              Step step = steps.get(i);
              completions.add(driver.complete(instance, step, twin ? Workload.twinTaskKey(step, i) : step.taskKey()));
            }
          }
          return null;
        }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Run(n, System.nanoTime() - started, List.copyOf(completions));
  }

  /** One batch: instances run to their end, the wall time, every task completion's time. */
  record Run(int instances, long nanos, List<Long> completionNanos) {

    double perSecond() {
      return instances / (nanos / 1e9);
    }
  }

  /**
   * Open cases at clearing in every district (one task each), started through the Java API (real
   * runtime rows); and finished cases for the history: a few run through the engine on each path,
   * then their history multiplied on the database ({@link HistoryCloner}) up to {@code finishedCases}.
   */
  private void seedForTasklist(JavaDriver java, Report report) throws Exception {
    long started = System.nanoTime();
    Workload starts = Workload.startsOnly();
    District[] districts = District.values();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        work.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < settings.openTasks()) {
            District district = districts[i % districts.length];
            Map<String, Typed> start = new LinkedHashMap<>(starts.start());
            start.put("district", Typed.text(district.id()));
            String coach = "coach." + district.region().id();
            java.start(new Workload(starts.name(), starts.processKey(), coach, starts.startForm(), start, List.of()), false);
          }
          return null;
        }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long openTasksNanos = System.nanoTime() - started;

    started = System.nanoTime();
    Date before = Date.from(Instant.now().minusSeconds(1));
    int real = Math.min(settings.finishedCases(), settings.realFinishedCases());
    List<Workload> paths = List.of(Workload.basicAdvice(), Workload.referral(), Workload.coordinated());
    for (int p = 0; p < paths.size(); p++) {
      int n = real / paths.size() + (p < real % paths.size() ? 1 : 0);
      if (n > 0) {
        run(java, paths.get(p), false, n, 2);
      }
    }
    List<String> roots = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(starts.processKey()).finished().rootProcessInstances().startedAfter(before).list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
    assertThat(roots).isNotEmpty();
    real = roots.size();
    long realNanos = System.nanoTime() - started;

    started = System.nanoTime();
    HistoryCloner cloner = new HistoryCloner(dataSource);
    long inserted = cloner.cloneCases(roots, settings.finishedCases() - real);
    long cloneNanos = System.nanoTime() - started;
    started = System.nanoTime();
    cloner.analyze();
    long analyzeNanos = System.nanoTime() - started;
    report.seeding(new Report.Seeding(settings.openTasks(), openTasksNanos / 1e9, real, realNanos / 1e9,
        settings.finishedCases() - real, inserted, cloneNanos / 1e9, analyzeNanos / 1e9, cloner.rowCounts()));
  }

  /** Every Tasklist filter of each kind of user, as Tasklist lists it: 15 rows, newest first, card variables. */
  private void timeTasklistFilters(RestDriver rest, Report report) {
    for (String user : List.of("coach.harz", "pfiff.harz", "stk.gs", "ms.referat", "transfer")) {
      JsonNode filters = rest.send(user, "GET", "/engine-rest/filter?resourceType=Task", null);
      for (JsonNode filter : filters) {
        // as Tasklist asks: the filter's query extended by the sorting; with HAL the engine embeds the
        // variables the filter's task cards show (its "variables" property)
        Map<String, Object> body = Map.of("processVariables", List.of(), "taskVariables", List.of(),
            "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
        String path = "/engine-rest/filter/" + filter.path("id").asText() + "/list?firstResult=0&maxResults=15";
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < settings.repeats(); i++) {
          times.add(rest.time(user, "POST", path, body, "application/hal+json"));
        }
        if (Boolean.getBoolean("bench.logFilterSql")) {
          // once more with the engine's SQL and its parameters in the log, for EXPLAIN ANALYZE (docs/leistung.md)
          LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
          System.out.println("[bench-sql] " + user + " / " + filter.path("name").asText());
          logging.setLogLevel(TASK_SQL_LOGGER, LogLevel.DEBUG);
          rest.time(user, "POST", path, body, "application/hal+json");
          logging.setLogLevel(TASK_SQL_LOGGER, null);
        }
        long count = rest.send(user, "GET", "/engine-rest/filter/" + filter.path("id").asText() + "/count", null)
            .path("count").asLong();
        report.filter(user, filter.path("name").asText(), count, times);
      }
    }
  }

  /**
   * The queries of Cockpit's start page as `leitung`, through their engine REST counterparts: the pie
   * charts of running instances, open incidents and open tasks, and the counts of what is deployed
   * (docs.camunda.org, Cockpit, Dashboard). Timed besides, and marked so: the count of finished
   * instances, which Cockpit's search of ended instances asks, not its start page.
   */
  private void timeCockpit(RestDriver rest, Report report) {
    String manager = DemoUser.all().stream().filter(u -> u.id().equals("leitung")).findFirst().orElseThrow().id();
    List<String> startPage = List.of("/engine-rest/process-definition/statistics?rootIncidents=true",
        "/engine-rest/process-instance/count", "/engine-rest/incident/count", "/engine-rest/task/count",
        "/engine-rest/process-definition/count?latestVersion=true",
        "/engine-rest/decision-definition/count?latestVersion=true",
        "/engine-rest/case-definition/count?latestVersion=true", "/engine-rest/deployment/count");
    String finished = "/engine-rest/history/process-instance/count?finished=true";
    for (String path : Stream.concat(startPage.stream(), Stream.of(finished)).toList()) {
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < settings.repeats(); i++) {
        times.add(rest.time(manager, "GET", path, null, "application/json"));
      }
      report.cockpit(path.equals(finished) ? path + Report.NOT_START_PAGE : path, times);
    }
  }
}
