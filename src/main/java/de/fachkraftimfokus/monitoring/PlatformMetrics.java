package de.fachkraftimfokus.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The platform's business counters (Prometheus: {@code fkif_…_total}), counted where the event
 * happens — in the listeners and delegates that know it. Labels carry ids only (region, path,
 * partner group, outcome), never personal data or case numbers (their number would be unbounded).
 */
@Component
public class PlatformMetrics {

  private final MeterRegistry registry;

  PlatformMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** An advisory case started in the region (counted once its region is known). */
  public void caseStarted(String region) {
    counter("fkif.cases.started", "Beratungsfälle eröffnet", "region", region).increment();
  }

  /** An advisory case ended: path GRUNDBERATUNG, WEITERVERMITTLUNG, KOORDINIERTE_BEGLEITUNG, RUECKZUG or UEBERGABE. */
  public void caseClosed(String region, String path) {
    counter("fkif.cases.closed", "Beratungsfälle beendet", "region", region, "path", path).increment();
  }

  /** A referral ended: outcome ANGENOMMEN, ABGELEHNT or ENTFALLEN (the company withdrew). */
  public void referralEnded(String partnerGroup, String outcome) {
    counter("fkif.referrals.ended", "Weitervermittlungen beendet", "partner", partnerGroup, "outcome", outcome)
        .increment();
  }

  /** Another partner was found in contact with the company of a new case (agreement 3.3). */
  public void doubleApproachDetected(String region) {
    counter("fkif.double.approaches.detected", "Doppelansprachen erkannt", "region", region).increment();
  }

  /** A detected double approach was coordinated: outcome WE_LEAD, OTHER_LEADS or NO_CONFLICT. */
  public void doubleApproachResolved(String outcome) {
    counter("fkif.double.approaches.resolved", "Doppelansprachen abgestimmt", "outcome", outcome).increment();
  }

  /** A mail: result SENT, ALREADY_SENT (idempotency key seen), NO_RECIPIENTS or FAILED. */
  public void mail(String template, String result) {
    counter("fkif.mails", "Mails der Plattform", "template", template, "result", result).increment();
  }

  private Counter counter(String name, String description, String... tags) {
    for (int i = 1; i < tags.length; i += 2) {
      if (tags[i] == null) {
        tags[i] = "unbekannt";
      }
    }
    return Counter.builder(name).description(description).tags(tags).register(registry);
  }
}
