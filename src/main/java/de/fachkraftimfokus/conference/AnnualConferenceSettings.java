package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.identity.PartnerGroup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The conference's settings ({@link AnnualConferenceProperties}) as the code and the models read
 * them, e.g. the schedule's timer {@code ${annualConferenceSettings.cycle}}.
 */
@Component("annualConferenceSettings")
public class AnnualConferenceSettings {

  private final AnnualConferenceProperties properties;

  AnnualConferenceSettings(AnnualConferenceProperties properties) {
    this.properties = properties;
  }

  /** A cron expression (Quartz syntax, as Camunda's timer cycle reads it): once a year on the configured day. */
  public String getCycle() {
    String[] monthDay = properties.scheduleDay().split("-");
    return "0 0 " + properties.scheduleHour() + " " + Integer.parseInt(monthDay[1]) + " " + Integer.parseInt(monthDay[0])
        + " ?";
  }

  public List<String> leadRotation() {
    return List.copyOf(properties.leadRotation());
  }

  public List<String> contributionPartners() {
    return properties.contributionPartners().isEmpty()
        ? PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList()
        : List.copyOf(properties.contributionPartners());
  }

  /** The multi-instance's collection: the groups asked for a contribution ({@code ${annualConferenceSettings.partnersAsked(execution)}}). */
  public List<String> partnersAsked(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return AnnualConferenceProcess.Var.CONTRIBUTION_PARTNERS.get(execution);
  }

  public int evaluationDays() {
    return properties.evaluationDays();
  }
}
