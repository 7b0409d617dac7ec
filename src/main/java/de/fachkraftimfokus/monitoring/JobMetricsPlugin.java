package de.fachkraftimfokus.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.springframework.stereotype.Component;

/**
 * Counts the job executor's work on this node — acquisitions, jobs acquired, jobs executed and
 * failed — by the engine's own commands, seen by one command interceptor (the thinnest place in
 * the engine that sees every job).
 */
@Component
class JobMetricsPlugin extends AbstractProcessEnginePlugin {

  private final Counter acquisitions;
  private final Counter acquired;
  private final Counter executed;
  private final Counter failed;

  JobMetricsPlugin(MeterRegistry registry) {
    acquisitions = Counter.builder("fkif.engine.job.acquisitions").description("Abrufe des Job-Executors")
        .register(registry);
    acquired = Counter.builder("fkif.engine.jobs.acquired").description("Vom Job-Executor gesperrte Jobs")
        .register(registry);
    executed = Counter.builder("fkif.engine.jobs.executed").tag("result", "ok").description("Ausgeführte Jobs")
        .register(registry);
    failed = Counter.builder("fkif.engine.jobs.executed").tag("result", "failed").description("Ausgeführte Jobs")
        .register(registry);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof ExecuteJobsCmd) {
          try {
            T result = next.execute(command);
            executed.increment();
            return result;
          } catch (RuntimeException e) {
            failed.increment();
            throw e;
          }
        }
        T result = next.execute(command);
        if (command instanceof AcquireJobsCmd && result instanceof AcquiredJobs jobs) {
          acquisitions.increment();
          acquired.increment(jobs.size());
        }
        return result;
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
