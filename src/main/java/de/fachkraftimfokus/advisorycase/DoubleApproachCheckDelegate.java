package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.calendar.WorkingDays;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ClaimResult;
import de.fachkraftimfokus.contact.Contact;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.monitoring.PlatformMetrics;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Doppelansprache prüfen</i> (agreement 3.3): claims the company for this case, or lists who else
 * is in contact — who, since when, about what — for <i>Ansprache abstimmen</i>.
 */
@Component
class DoubleApproachCheckDelegate implements JavaDelegate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(WorkingDays.ZONE);

  private final ContactRegister contacts;
  private final PlatformMetrics metrics;

  DoubleApproachCheckDelegate(ContactRegister contacts, PlatformMetrics metrics) {
    this.contacts = contacts;
    this.metrics = metrics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimResult result = contacts.claimOrReportConflicts(Var.COMPANY_ID.require(execution),
        AdvisoryCaseProcess.REGIOCOACH_GROUP, Var.REGION.get(execution),
        execution.getProcessBusinessKey(), topic(execution),
        Var.CASE_OPENED_BY.get(execution));
    Var.DOUBLE_APPROACH.set(execution, !result.claimed());
    if (!result.claimed()) {
      metrics.doubleApproachDetected(Var.REGION.get(execution));
      Var.CONFLICT_SUMMARY.set(execution, result.conflicts().stream()
          .map(DoubleApproachCheckDelegate::describe).collect(Collectors.joining("\n")));
      Set<String> groups = new LinkedHashSet<>();
      for (Contact contact : result.conflicts()) {
        groups.add(groupToInform(contact));
      }
      Var.OTHER_PARTNERS.set(execution, List.copyOf(groups));
    }
  }

  /** The contact's topic: the kind of case, never personal data. */
  static String topic(DelegateExecution execution) {
    return "Beratungsfall Network-KMU (Clearing), Anfrage über " + Var.INQUIRY_SOURCE.get(execution);
  }

  private static String describe(Contact contact) {
    String partner = PartnerGroup.byId(contact.partnerGroup()).map(PartnerGroup::germanName)
        .orElse(contact.partnerGroup());
    return "- " + partner + (contact.region() == null ? "" : " (Region " + contact.region() + ")")
        + " seit " + DATE.format(contact.since())
        + (contact.active() ? "" : ", beendet am " + DATE.format(contact.endedAt()))
        + ": " + contact.topic() + " [" + contact.reference() + ", eingetragen von " + contact.registeredBy() + "]";
  }

  /** Regional partners are told through their regional group, the others through their group. */
  private static String groupToInform(Contact contact) {
    return PartnerGroup.byId(contact.partnerGroup())
        .filter(PartnerGroup::isRegional)
        .filter(g -> contact.region() != null)
        .map(g -> g.id() + "-" + contact.region())
        .orElse(contact.partnerGroup());
  }
}
