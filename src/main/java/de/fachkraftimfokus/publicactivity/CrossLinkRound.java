package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.VariableText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Publication and the round of cross-links (agreement 1.1): who is asked to point to the activity,
 * by when, when the reminder and the Geschäftsstelle come, and when the result is due. Also the
 * multi-instance collection of the model ({@code ${crossLinkRound.partners(execution)}}).
 */
@Service("crossLinkRound")
public class CrossLinkRound {

  /** Ergebnis festhalten begins at this hour of the morning after the activity's last day. */
  static final LocalTime RESULT_HOUR = LocalTime.of(8, 0);
  /** Working days the initiator has to record the result. */
  static final int RESULT_WORKING_DAYS = 10;
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private final PublicActivityRegister register;
  private final WorkingDays workingDays;
  private final PublicActivityProperties properties;

  CrossLinkRound(PublicActivityRegister register, WorkingDays workingDays, PublicActivityProperties properties) {
    this.register = register;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  /** Publishes the activity in the register and sets partners, deadlines and the result's date. */
  void publish(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    register.publish(businessKey);
    PublicActivity activity = register.find(businessKey).orElseThrow(() ->
        new IllegalStateException("Aktivität " + businessKey + " fehlt im Register"));
    List<String> partners = partnersFor(activity.leadPartner());
    Var.CROSS_LINK_PARTNERS.set(execution, partners);
    register.askForCrossLinks(businessKey, partners);
    Var.CROSS_LINKS_MISSING.set(execution, false);
    Var.ACTIVITY_SUMMARY.set(execution, VariableText.fit(PublicActivityTexts.summary(activity)));
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDays.ZONE);
    // due at the end (23:59) of the n-th working day; the silent partners go to the Geschäftsstelle
    // at the end of the m-th working day after that
    LocalDate dueDay = workingDays.plusWorkingDays(now, properties.crossLinkWorkingDays()).toLocalDate();
    LocalDate deadlineDay = workingDays.plusWorkingDays(dueDay.atStartOfDay(WorkingDays.ZONE),
        properties.followUpWorkingDays()).toLocalDate();
    Var.CROSS_LINK_DUE_DATE.set(execution, endOf(dueDay));
    Var.CROSS_LINK_DEADLINE.set(execution, endOf(deadlineDay));
    LocalDate resultDay = activity.periodEnd().plusDays(1);
    Var.RESULT_DUE.set(execution, Date.from(resultDay.atTime(RESULT_HOUR).atZone(WorkingDays.ZONE).toInstant()));
    Var.RESULT_TASK_DUE.set(execution, endOf(workingDays.plusWorkingDays(resultDay.atStartOfDay(WorkingDays.ZONE),
        RESULT_WORKING_DAYS).toLocalDate()));
  }

  /** The multi-instance collection: one <i>Auf Aktivität hinweisen</i> per partner group. */
  public List<String> partners(DelegateExecution execution) {
    return Var.CROSS_LINK_PARTNERS.get(execution);
  }

  List<String> partnersFor(String leadPartner) {
    List<String> configured = properties.crossLinkPartners().isEmpty()
        ? PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList()
        : properties.crossLinkPartners();
    return configured.stream().filter(group -> !group.equals(leadPartner)).distinct().toList();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(WorkingDays.ZONE).toInstant());
  }
}
