package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ClaimResult;
import de.fachkraftimfokus.contact.Contact;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.identity.PartnerGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
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

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Berlin"));

  private final ContactRegister contacts;

  DoubleApproachCheckDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClaimResult result = contacts.claimOrReportConflicts(AdvisoryCaseProcess.companyId(execution),
        AdvisoryCaseProcess.REGIOCOACH_GROUP, AdvisoryCaseProcess.region(execution),
        execution.getProcessBusinessKey(), topic(execution),
        (String) execution.getVariable(Var.CASE_OPENED_BY));
    execution.setVariable(Var.DOUBLE_APPROACH, !result.claimed());
    if (!result.claimed()) {
      execution.setVariable(Var.CONFLICT_SUMMARY, result.conflicts().stream()
          .map(DoubleApproachCheckDelegate::describe).collect(Collectors.joining("\n")));
      Set<String> groups = new LinkedHashSet<>();
      for (Contact contact : result.conflicts()) {
        groups.add(groupToInform(contact));
      }
      execution.setVariable(Var.OTHER_PARTNERS, String.join(",", groups));
    }
  }

  /** The contact's topic: the kind of case, never personal data. */
  static String topic(DelegateExecution execution) {
    return "Beratungsfall Network-KMU (Clearing), Anfrage über " + execution.getVariable(Var.INQUIRY_SOURCE);
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
