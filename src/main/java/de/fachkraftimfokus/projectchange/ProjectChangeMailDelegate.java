package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.Notifier;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Mail;
import de.fachkraftimfokus.region.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The three mails of {@code project-change}, chosen by the step's input parameter {@code mail}. Each
 * step is asynchronous and retried (R3/PT5M); the idempotency key makes a retry send nothing twice:
 *
 * <ul>
 *   <li>{@code ANNOUNCEMENT} ({@code <key>:angekuendigt}): to every partner (clause 2.1) and the process
 *       owners, with the proposed rows of the offer table;</li>
 *   <li>{@code REMINDER} ({@code <key>:erinnerung}): to the Network-KMU regions that have not
 *       acknowledged by the deadline, recorded as reminded;</li>
 *   <li>{@code INVITATION} ({@code <key>:einladung:runde-<n>}): to the invited regions and MS, per
 *       planned date.</li>
 * </ul>
 */
@Component("projectChangeMailDelegate")
class ProjectChangeMailDelegate implements JavaDelegate {

  static final String ANNOUNCED_TEMPLATE = "project-change-announced";
  static final String REMINDER_TEMPLATE = "project-change-reminder";
  static final String INVITATION_TEMPLATE = "project-change-invitation";

  private final Notifier notifier;
  private final ProjectChangeService service;

  ProjectChangeMailDelegate(Notifier notifier, ProjectChangeService service) {
    this.notifier = notifier;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", key);
    model.put("title", Var.CHANGE_TITLE.get(execution));
    model.put("summary", text(Var.CHANGE_SUMMARY.get(execution)));
    switch (Mail.valueOf(Var.MAIL.require(execution))) {
      case ANNOUNCEMENT -> {
        model.put("tableProposal", text(Var.TABLE_CHANGE_PROPOSAL.get(execution)));
        model.put("dueDate", ProjectChangeService.GERMAN_DATE_TIME.format(Var.ACKNOWLEDGEMENT_DUE_DATE.require(execution)
            .toInstant()));
        List<String> groups = Stream.concat(PartnerGroup.workingPartners().stream(), Stream.of(PartnerGroup.PROCESS_OWNERS))
            .map(PartnerGroup::id).toList();
        notifier.sendOnce(key + ":angekuendigt", notifier.addressesOfGroups(groups), ANNOUNCED_TEMPLATE, model);
      }
      case REMINDER -> {
        List<Region> pending = service.remind(key);
        model.put("dueDate", ProjectChangeService.GERMAN_DATE_TIME.format(Var.ACKNOWLEDGEMENT_DUE_DATE.require(execution)
            .toInstant()));
        model.put("regions", String.join(", ", pending.stream().map(Region::germanName).toList()));
        notifier.sendOnce(key + ":erinnerung", notifier.addressesOfGroups(pending.stream()
            .map(PartnerGroup.NETWORK_KMU::regionalGroupId).toList()), REMINDER_TEMPLATE, model);
        Var.ACKNOWLEDGEMENT_STATUS.set(execution, service.statusText(key));
      }
      case INVITATION -> {
        int round = Var.EVENT_ROUND.require(execution);
        List<String> regions = Var.INVITEE_REGIONS.get(execution);
        List<String> groups = new ArrayList<>(regions.stream()
            .map(id -> PartnerGroup.NETWORK_KMU.regionalGroupId(Region.byId(id).orElseThrow())).toList());
        groups.add(PartnerGroup.MS.id());
        model.put("eventSummary", text(Var.EVENT_SUMMARY.get(execution)));
        model.put("agenda", text(Var.EVENT_AGENDA.get(execution)));
        model.put("reason", Var.CHANGE_KIND.require(execution) == ChangeKind.ONBOARDING
            ? "zur Einarbeitung neuer Regiocoaches" : "zu einer wesentlichen Änderung im Projektangebot");
        notifier.sendOnce(key + ":einladung:runde-" + round, notifier.addressesOfGroups(groups), INVITATION_TEMPLATE,
            model);
      }
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
