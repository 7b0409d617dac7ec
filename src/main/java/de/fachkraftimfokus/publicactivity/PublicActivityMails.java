package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.DateDecision;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import de.fachkraftimfokus.notification.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The process's mails, each sent once per idempotency key (a retried job never sends twice):
 * {@code <business key>:veroeffentlicht} to the partners asked to link, {@code :erinnerung} to those
 * still silent, {@code :termin:runde-<n>} to the partners of clashing activities, and
 * {@code :hinweise-nachhalten} to the Geschäftsstelle.
 */
@Service
class PublicActivityMails {

  static final String PUBLISHED_TEMPLATE = "public-activity-published";
  static final String REMINDER_TEMPLATE = "public-activity-reminder";
  static final String DATE_DECISION_TEMPLATE = "public-activity-date-decision";
  static final String FOLLOW_UP_TEMPLATE = "public-activity-follow-up";

  private final Notifier notifier;
  private final PublicActivityRegister register;

  PublicActivityMails(Notifier notifier, PublicActivityRegister register) {
    this.notifier = notifier;
    this.register = register;
  }

  void sendPublication(DelegateExecution execution) {
    PublicActivity activity = activity(execution);
    Map<String, Object> model = model(activity, execution);
    notifier.sendOnce(activity.businessKey() + ":veroeffentlicht",
        notifier.addressesOfGroups(Var.CROSS_LINK_PARTNERS.get(execution)), PUBLISHED_TEMPLATE, model);
  }

  void sendReminder(DelegateExecution execution) {
    PublicActivity activity = activity(execution);
    notifier.sendOnce(activity.businessKey() + ":erinnerung", notifier.addressesOfGroups(silentPartners(execution)),
        REMINDER_TEMPLATE, model(activity, execution));
  }

  void sendDateDecision(DelegateExecution execution) {
    PublicActivity activity = activity(execution);
    Map<String, Object> model = model(activity, execution);
    DateDecision decision = Var.DATE_DECISION.require(execution);
    model.put("decision", decision.germanName());
    String note = Var.DATE_DECISION_NOTE.get(execution);
    model.put("note", PublicActivityProcess.trimmed(note));
    model.put("combinedWith", decision == DateDecision.ZUSAMMENLEGEN ? Var.COMBINE_WITH.get(execution) : null);
    model.put("clashSummary", Var.CLASH_SUMMARY.get(execution));
    notifier.sendOnce(activity.businessKey() + ":termin:runde-" + Var.CLASH_ROUND.require(execution),
        notifier.addressesOfGroups(Var.CLASH_PARTNERS.get(execution)), DATE_DECISION_TEMPLATE, model);
  }

  void sendFollowUp(DelegateExecution execution) {
    PublicActivity activity = activity(execution);
    Map<String, Object> model = model(activity, execution);
    model.put("crossLinkSummary", Var.CROSS_LINK_SUMMARY.require(execution));
    notifier.sendOnce(activity.businessKey() + ":hinweise-nachhalten",
        notifier.addressesOfGroups(List.of(PartnerGroup.STK.id())), FOLLOW_UP_TEMPLATE, model);
  }

  /** The partners asked to link who have not answered yet. */
  List<String> silentPartners(DelegateExecution execution) {
    return register.crossLinks(execution.getProcessBusinessKey()).stream()
        .filter(link -> link.state() == CrossLinkState.OFFEN).map(PublicActivityRegister.CrossLink::partnerGroup)
        .toList();
  }

  private PublicActivity activity(DelegateExecution execution) {
    return register.find(execution.getProcessBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Aktivität " + execution.getProcessBusinessKey() + " fehlt im Register"));
  }

  private static Map<String, Object> model(PublicActivity activity, DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", activity.businessKey());
    model.put("kind", activity.kind().germanName());
    model.put("title", activity.title());
    model.put("summary", PublicActivityTexts.summary(activity));
    model.put("period", PublicActivityTexts.period(activity.periodStart(), activity.periodEnd()));
    model.put("leadPartner", PublicActivityTexts.partner(activity.leadPartner()));
    model.put("calendarPath", PublicActivityProcess.CALENDAR_PATH);
    Date due = Var.CROSS_LINK_DUE_DATE.get(execution);
    model.put("dueDate", due == null ? "" : PublicActivityTexts.GERMAN_DATE.format(due.toInstant().atZone(WorkingDays.ZONE)));
    return model;
  }

  static String names(Collection<String> groups) {
    return groups.stream().map(PublicActivityTexts::partner).collect(Collectors.joining(", "));
  }
}
