package de.fachkraftimfokus.conference;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code annual-conference} ({@code fkif.annual-conference.*}).
 *
 * @param scheduleDay the day of the year ({@code MM-TT}) on which the schedule starts the year's
 *     conference (read when the schedule model is deployed)
 * @param scheduleHour the hour of that day, in the server's time zone (Camunda evaluates a cron cycle in the
 *     JVM's default zone)
 * @param leadRotation the partners taking turns in the lead, in their persistent order
 * @param contributionPartners groups asked for a programme contribution; empty (default) = every
 *     working partner group
 * @param evaluationDays <i>Veranstaltung auswerten</i> is due this many days after the conference
 */
@ConfigurationProperties(prefix = "fkif.annual-conference")
public record AnnualConferenceProperties(
    @DefaultValue("01-15") String scheduleDay,
    @DefaultValue("7") int scheduleHour,
    @DefaultValue({"stk", "mw", "ms"}) List<String> leadRotation,
    @DefaultValue List<String> contributionPartners,
    @DefaultValue("14") int evaluationDays) {

  public AnnualConferenceProperties {
    if (scheduleDay == null || !scheduleDay.matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
      throw new IllegalArgumentException("fkif.annual-conference.schedule-day: Tag im Format MM-TT erwartet, z. B. 01-15");
    }
    if (scheduleHour < 0 || scheduleHour > 23 || evaluationDays < 1 || leadRotation.isEmpty()) {
      throw new IllegalArgumentException("fkif.annual-conference: schedule-hour 0–23, evaluation-days >= 1 und "
          + "mindestens ein Partner in lead-rotation erwartet");
    }
  }
}
