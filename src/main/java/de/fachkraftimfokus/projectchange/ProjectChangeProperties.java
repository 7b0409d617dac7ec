package de.fachkraftimfokus.projectchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code project-change}.
 *
 * @param acknowledgementWorkingDays <i>Änderung zur Kenntnis nehmen</i> is due at the end of this
 *     working day of Sachsen-Anhalt after the announcement; the reminder goes out then
 * @param onboardingWindow new Regiocoaches noticed within this time after the first one share one
 *     information event (the Einarbeitung waits this long before MS plans it)
 * @param coachCheckEnabled whether the platform compares the members of {@code network-kmu-<region>}
 *     with the coaches it knows on a schedule (off in tests, which run the check themselves)
 * @param coachCheckInterval the pause between two such checks
 */
@ConfigurationProperties(prefix = "fkif.project-change")
public record ProjectChangeProperties(
    @DefaultValue("5") int acknowledgementWorkingDays,
    @DefaultValue("P14D") Duration onboardingWindow,
    @DefaultValue("true") boolean coachCheckEnabled,
    @DefaultValue("PT5M") Duration coachCheckInterval) {}
