package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.coordination.OverlapCheck.Overlap;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.NotificationProperties;
import de.fachkraftimfokus.process.VariableText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * A round of statements: the register is brought up to date, overlaps are checked and shown, the
 * partners and the deadline are set. Also the multi-instance collection of the model
 * ({@code ${statementRounds.partners(execution)}}).
 */
@Service("statementRounds")
public class StatementRounds {

  static final ZoneId ZONE = WorkingDays.ZONE;

  private final ActivityRegister register;
  private final WorkingDays workingDays;
  private final CoordinationProperties properties;
  private final NotificationProperties notification;
  private final OverlapCheck overlapCheck = new OverlapCheck();

  StatementRounds(ActivityRegister register, WorkingDays workingDays, CoordinationProperties properties,
      NotificationProperties notification) {
    this.register = register;
    this.workingDays = workingDays;
    this.properties = properties;
    this.notification = notification;
  }

  /** Starts round {@code round}: writes the activity (new or adjusted), checks overlaps, sets the deadline. */
  public void startRound(DelegateExecution execution, int round) {
    String businessKey = execution.getProcessBusinessKey();
    Activity activity = CoordinationRequestProcess.activityOf(businessKey, execution,
        ActivityState.IN_ABSTIMMUNG, round);
    if (round == 1) {
      register.insert(activity);
    } else {
      register.update(activity);
    }
    List<Overlap> overlaps = overlapCheck.overlapsOf(activity, register.candidatesForOverlap(businessKey));
    register.recordOverlaps(businessKey, round, overlaps);
    Var.ROUND.set(execution, round);
    Var.OVERLAPS_FOUND.set(execution, !overlaps.isEmpty());
    Var.OVERLAP_SUMMARY.set(execution, VariableText.fit(summary(overlaps)));
    Var.ACTIVITY_TEXT.set(execution, VariableText.fit(activityText(activity)));
    Var.STATEMENT_PARTNERS.set(execution, partnersFor(activity.leadPartner()));
    // due at the end (23:59) of the n-th working day after today
    LocalDate dueDay = workingDays.plusWorkingDays(ClockUtil.getCurrentTime().toInstant().atZone(ZONE),
        properties.statementWorkingDays()).toLocalDate();
    Var.STATEMENT_DUE_DATE.set(execution, Date.from(dueDay.atTime(LocalTime.of(23, 59)).atZone(ZONE).toInstant()));
  }

  /** The multi-instance collection: one statement task per partner group. */
  public List<String> partners(DelegateExecution execution) {
    return Var.STATEMENT_PARTNERS.get(execution);
  }

  List<String> partnersFor(String leadPartner) {
    List<String> configured = properties.statementPartners().isEmpty()
        ? PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList()
        : properties.statementPartners();
    return configured.stream().filter(group -> !group.equals(leadPartner)).distinct().toList();
  }

  private static final java.time.format.DateTimeFormatter GERMAN_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** What the partners read in „Stellungnahme abgeben“: the activity as text, with names, not ids. */
  static String activityText(Activity activity) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(activity.type().germanName()).append("**: ").append(plain(activity.title())).append("\n\n");
    text.append("Federführend: ").append(PartnerGroup.displayName(activity.leadPartner()))
        .append(" · Zeitraum: ").append(GERMAN_DATE.format(activity.periodStart())).append(" bis ")
        .append(GERMAN_DATE.format(activity.periodEnd()));
    if (activity.expectedCompanies() != null) {
      text.append(" · Unternehmen: ").append(activity.expectedCompanies());
    }
    text.append("\n\nZielgruppe: Branchen (WZ 2008) ")
        .append(activity.sectors().isEmpty() ? "alle" : String.join(", ", activity.sectors()))
        .append(" · Regionen ").append(activity.regions().isEmpty() ? "alle" : activity.regions().stream()
            .map(id -> de.fachkraftimfokus.region.Region.byId(id).map(de.fachkraftimfokus.region.Region::germanName)
                .orElse(id)).collect(Collectors.joining(", ")))
        .append(" · Unternehmensgrößen ").append(activity.sizeBands().isEmpty() ? "alle"
            : activity.sizeBands().stream().map(b -> b + " Beschäftigte").collect(Collectors.joining(", ")));
    text.append("\n\n").append(plain(activity.description()));
    return text.toString();
  }

  /** A text the author typed, shown without Markdown of its own. */
  private static String plain(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  String summary(List<Overlap> overlaps) {
    if (overlaps.isEmpty()) {
      return "Keine Überschneidungen mit anderen Aktivitäten im Register gefunden.";
    }
    return overlaps.stream()
        .map(o -> "• " + o.otherBusinessKey() + " „" + o.otherTitle() + "“: " + o.reason() + "\n  "
            + notification.platformUrl() + "/fallakte/" + o.otherBusinessKey())
        .collect(Collectors.joining("\n", "Überschneidungen mit anderen Aktivitäten im Register:\n", ""));
  }
}
