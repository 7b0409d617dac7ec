package de.fachkraftimfokus.projectchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link CoachReconciliation} every {@code fkif.project-change.coach-check-interval} (default
 * five minutes, the first check one interval after the start). Off with
 * {@code fkif.project-change.coach-check-enabled=false} — as in the tests, which run the check
 * themselves so that nothing happens behind their back.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "fkif.project-change", name = "coach-check-enabled", havingValue = "true",
    matchIfMissing = true)
class CoachCheckSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(CoachCheckSchedule.class);

  private final CoachReconciliation reconciliation;

  CoachCheckSchedule(CoachReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Scheduled(initialDelayString = "${fkif.project-change.coach-check-interval:PT5M}",
      fixedDelayString = "${fkif.project-change.coach-check-interval:PT5M}")
  void check() {
    try {
      reconciliation.check();
    } catch (RuntimeException e) {
      // the next check tries again; nothing is recorded of a failed one
      LOG.error("Prüfung der Regiocoaches fehlgeschlagen", e);
    }
  }
}
