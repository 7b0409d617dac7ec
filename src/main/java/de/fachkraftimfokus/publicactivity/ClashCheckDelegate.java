package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.coordination.CoordinationRequestService;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.notification.NotificationProperties;
import de.fachkraftimfokus.process.Option;
import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.publicactivity.ClashCheck.Clash;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Workshop coordination (clause 1.3): checks a company workshop or event against the other
 * registered public activities and the coordination requests of 2.3 ({@link ClashCheck}). A clash
 * is shown in <i>Termin abstimmen</i>; the clashing activities become the options of
 * „zusammenlegen mit“ and their lead partners are told what the initiator decides.
 */
@Component("clashCheckDelegate")
class ClashCheckDelegate implements JavaDelegate {

  private final PublicActivityRegister register;
  private final CoordinationRequestService coordinationRequests;
  private final PublicActivityProperties properties;
  private final NotificationProperties notification;

  ClashCheckDelegate(PublicActivityRegister register, CoordinationRequestService coordinationRequests,
      PublicActivityProperties properties, NotificationProperties notification) {
    this.register = register;
    this.coordinationRequests = coordinationRequests;
    this.properties = properties;
    this.notification = notification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    PublicActivity activity = register.find(businessKey).orElseThrow(() ->
        new IllegalStateException("Aktivität " + businessKey + " fehlt im Register"));
    ClashCheck check = new ClashCheck(properties.clashWindowDays());
    LocalDate from = check.searchFrom(activity.periodStart());
    LocalDate to = check.searchTo(activity.periodEnd());
    List<Clash> clashes = check.clashesOf(activity, register.plannedBetween(businessKey, from, to),
        coordinationRequests.plannedBetween(from, to));
    Var.CLASH_ROUND.set(execution, Var.CLASH_ROUND.require(execution) + 1);
    Var.CLASH_FOUND.set(execution, !clashes.isEmpty());
    Var.CLASH_SUMMARY.set(execution, clashes.isEmpty() ? null : VariableText.fit(summary(clashes)));
    Var.CLASH_OPTIONS.set(execution, clashes.stream().map(c -> new Option(c.otherBusinessKey() + " – " + c.otherKind()
        + " „" + c.otherTitle() + "“ (" + PublicActivityTexts.partner(c.otherLeadPartner()) + ")", c.otherBusinessKey())).toList());
    Var.CLASH_PARTNERS.set(execution, clashes.stream().map(Clash::otherLeadPartner).distinct().toList());
    // a new round: no answer of the last one is shown as if it were given already
    Var.DATE_DECISION.set(execution, null);
    Var.NEW_PERIOD_START.set(execution, null);
    Var.NEW_PERIOD_END.set(execution, null);
    Var.COMBINE_WITH.set(execution, null);
    Var.DATE_DECISION_NOTE.set(execution, null);
    register.setState(businessKey, clashes.isEmpty() ? PublicActivityState.IN_VORBEREITUNG
        : PublicActivityState.TERMIN_IN_ABSTIMMUNG);
  }

  private String summary(List<Clash> clashes) {
    return clashes.stream()
        .map(c -> "• " + c.otherBusinessKey() + " " + c.otherKind() + " „" + c.otherTitle() + "“, "
            + PublicActivityTexts.partner(c.otherLeadPartner()) + ", " + PublicActivityTexts.period(c.otherStart(), c.otherEnd())
            + ": " + c.reason() + "\n  " + notification.platformUrl() + link(c.otherBusinessKey()))
        .collect(Collectors.joining("\n", "Der Termin trifft auf " + (clashes.size() == 1 ? "eine andere Aktivität"
            : clashes.size() + " andere Aktivitäten") + " (Zeitfenster ±" + properties.clashWindowDays() + " Tage):\n", ""));
  }

  private static String link(String businessKey) {
    return CoordinationRequestProcess.BUSINESS_KEY.matcher(businessKey).matches()
        ? "/api/activities/" + businessKey : "/api/public-activities/" + businessKey;
  }
}
