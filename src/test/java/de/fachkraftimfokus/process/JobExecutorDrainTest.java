package de.fachkraftimfokus.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A clean stop waits for running jobs instead of interrupting them (graceful shutdown). */
@DisplayName("Sauberes Anhalten: laufende Jobs laufen zu Ende")
class JobExecutorDrainTest {

  @Test
  @DisplayName("Der Abruf endet sofort, ein laufender Job darf fertig werden, und erst dann endet stop()")
  void waitsForRunningJobs() throws Exception {
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    pool.setCorePoolSize(2);
    pool.initialize();
    AtomicBoolean acquiring = new AtomicBoolean(true);
    JobExecutor executor = new JobExecutor() {
      {
        isActive = true;
      }

      @Override
      protected void startExecutingJobs() {}

      @Override
      protected void stopExecutingJobs() {
        acquiring.set(false);
      }

      @Override
      public void executeJobs(List<String> jobIds, ProcessEngineImpl engine) {}

      @Override
      public synchronized void shutdown() {
        isActive = false;
        stopExecutingJobs();
      }
    };
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    pool.execute(() -> {
      try {
        Thread.sleep(800);
        finished.set(true);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
    });
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("jobExecutor", executor);
    beans.addBean("camundaTaskExecutor", pool);
    JobExecutorDrain drain = new JobExecutorDrain(beans.getBeanProvider(JobExecutor.class),
        beans.getBeanProvider(TaskExecutor.class), Duration.ofSeconds(10));
    drain.start();

    drain.stop();

    assertThat(acquiring).as("kein neuer Abruf").isFalse();
    assertThat(finished).as("der laufende Job ist fertig, wenn stop() zurückkehrt").isTrue();
    assertThat(interrupted).isFalse();
    assertThat(drain.isRunning()).isFalse();
    pool.shutdown();
  }
}
