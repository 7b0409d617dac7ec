package de.fachkraftimfokus.demo;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data at the first start of the local demo mode ({@code fkif.demo.cases}, on by
 * default, off in {@code prod} and in tests), once per database. Runs when the application has
 * started and before it is ready, i.e. after the demo users exist and before Camunda's job executor
 * starts, so the seeding's clock is nobody else's.
 */
@Component
@ConditionalOnProperty(name = "fkif.demo.cases", havingValue = "true")
class DemoDataOnStart {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStart.class);

  private final DemoData demoData;
  private final IdentityProperties identity;

  DemoDataOnStart(DemoData demoData, IdentityProperties identity) {
    this.demoData = demoData;
    this.identity = identity;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(100)
  void seed() {
    if (!identity.demoEnabled()) {
      LOG.info("Demodaten übersprungen: ohne Demo-Benutzer (fkif.identity.demo-enabled=false) keine Demodaten");
      return;
    }
    if (demoData.seeded()) {
      return;
    }
    long started = System.nanoTime();
    demoData.seed(WorkingDays.today());
    LOG.info("Demodaten angelegt in {} ms (abschalten: fkif.demo.cases=false)", (System.nanoTime() - started) / 1_000_000);
  }
}
