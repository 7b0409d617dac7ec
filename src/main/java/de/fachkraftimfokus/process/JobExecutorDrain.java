package de.fachkraftimfokus.process;

import java.time.Duration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of the job executor. On a clean stop (SIGTERM) Spring first lets running HTTP
 * requests finish ({@code server.shutdown: graceful}); then this stops the job acquisition and waits
 * until the jobs already running or handed to the pool are done, at most
 * {@code fkif.jobs.shutdown-wait} (default 30 s). Only then are the engine and the connection pool
 * closed. Without it Spring's pool would interrupt running jobs: a mail half sent, a job left locked
 * until its lock time runs out on another node.
 */
@Component
class JobExecutorDrain implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorDrain.class);

  private final ObjectProvider<JobExecutor> jobExecutor;
  private final ObjectProvider<TaskExecutor> pool;
  private final Duration wait;
  private volatile boolean running;

  JobExecutorDrain(ObjectProvider<JobExecutor> jobExecutor, @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> pool,
      @Value("${fkif.jobs.shutdown-wait:PT30S}") Duration wait) {
    this.jobExecutor = jobExecutor;
    this.pool = pool;
    this.wait = wait;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    JobExecutor executor = jobExecutor.getIfAvailable();
    if (executor == null || !executor.isActive()) {
      return;
    }
    long started = System.nanoTime();
    executor.shutdown(); // stops acquiring; jobs already acquired keep running
    if (pool.getIfAvailable() instanceof ThreadPoolTaskExecutor threads) {
      long deadline = started + wait.toNanos();
      while (busy(threads) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      LOG.info("Job-Executor angehalten nach {} ms; noch laufende Jobs: {}",
          Duration.ofNanos(System.nanoTime() - started).toMillis(), busy(threads) ? threads.getActiveCount() : 0);
    }
  }

  private static boolean busy(ThreadPoolTaskExecutor threads) {
    return threads.getActiveCount() > 0 || threads.getQueueSize() > 0;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the web server's graceful shutdown (DEFAULT_PHASE - 1024) and its stop (- 2048). */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
