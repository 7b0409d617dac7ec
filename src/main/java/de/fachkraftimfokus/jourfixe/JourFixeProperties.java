package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cycle ISO 8601 repeating interval of the timer start (read when the model is deployed)
 * @param leadDays days between a timer start and the meeting date
 * @param contributionDays contributions are due this many days before the meeting
 * @param meetingEndHour hour (in the platform's zone, {@code calendar.WorkingDays.ZONE}) after which the minutes can be written
 * @param participants groups invited, each prepares a contribution
 * @param rotation partners taking turns in moderation and minute-taking (persistent order)
 */
@ConfigurationProperties(prefix = "fkif.jour-fixe")
public record JourFixeProperties(
    @DefaultValue("R/P42D") String cycle,
    @DefaultValue("21") int leadDays,
    @DefaultValue("5") int contributionDays,
    @DefaultValue("16") int meetingEndHour,
    @DefaultValue({"stk", "mw", "ms", "network-kmu", "pfiff", "transferzentren"}) List<String> participants,
    @DefaultValue({"stk", "mw", "ms", "network-kmu", "pfiff", "transferzentren"}) List<String> rotation) {}
