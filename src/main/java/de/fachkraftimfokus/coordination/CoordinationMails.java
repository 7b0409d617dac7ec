package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.Notifier;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The two mails of the process, to every working partner: the publication of an announcement (per
 * round) and the result. Idempotency keys {@code <business key>:veroeffentlicht:runde-<n>} and
 * {@code <business key>:ergebnis:runde-<n>}: a retried job never sends twice.
 */
@Service
class CoordinationMails {

  static final String PUBLISHED_TEMPLATE = "coordination-published";
  static final String RESULT_TEMPLATE = "coordination-result";
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Notifier notifier;
  private final ActivityRegister register;

  CoordinationMails(Notifier notifier, ActivityRegister register) {
    this.notifier = notifier;
    this.register = register;
  }

  void sendPublication(DelegateExecution execution) {
    Activity activity = activity(execution);
    Map<String, Object> model = model(activity);
    model.put("overlapSummary", Var.OVERLAP_SUMMARY.get(execution));
    model.put("dueDate", GERMAN_DATE.format(Var.STATEMENT_DUE_DATE.get(execution).toInstant()
        .atZone(WorkingDays.ZONE)));
    notifier.sendOnce(activity.businessKey() + ":veroeffentlicht:runde-" + activity.round(), allPartners(),
        PUBLISHED_TEMPLATE, model);
  }

  void sendResult(DelegateExecution execution) {
    Activity activity = activity(execution);
    Map<String, Object> model = model(activity);
    model.put("state", activity.state().germanName());
    model.put("resultText", activity.resultText() == null ? "" : activity.resultText());
    model.put("roundSummary", EvaluateRoundDelegate.summary(activity.round(),
        register.statements(activity.businessKey(), activity.round())));
    notifier.sendOnce(activity.businessKey() + ":ergebnis:runde-" + activity.round(), allPartners(),
        RESULT_TEMPLATE, model);
  }

  private Activity activity(DelegateExecution execution) {
    return register.find(execution.getProcessBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Aktivität " + execution.getProcessBusinessKey() + " fehlt im Register"));
  }

  private java.util.Set<String> allPartners() {
    return notifier.addressesOfGroups(PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList());
  }

  private static Map<String, Object> model(Activity activity) {
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", activity.businessKey());
    model.put("title", activity.title());
    model.put("description", activity.description());
    model.put("type", activity.type().germanName());
    model.put("periodStart", GERMAN_DATE.format(activity.periodStart()));
    model.put("periodEnd", GERMAN_DATE.format(activity.periodEnd()));
    model.put("leadPartner", PartnerGroup.byId(activity.leadPartner()).map(PartnerGroup::germanName)
        .orElse(activity.leadPartner()));
    model.put("sectors", listOrAll(activity.sectors()));
    model.put("regions", listOrAll(activity.regions()));
    model.put("sizeBands", listOrAll(activity.sizeBands()));
    model.put("expectedCompanies", activity.expectedCompanies());
    model.put("round", activity.round());
    return model;
  }

  private static String listOrAll(List<String> values) {
    return values.isEmpty() ? "alle" : String.join(", ", values);
  }
}
