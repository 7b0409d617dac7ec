package de.fachkraftimfokus.privacy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps personal data of company contact persons (DESIGN.md §3; the data
 * inventory in {@code docs/datenschutz.md} lists the same variables, a test compares them).
 *
 * @param emailVariable the process variable that identifies a person (their e-mail address)
 * @param personalVariables every process variable holding that person's data, in any process
 *     (advisory-case, and referral when the company consented to passing its contact on)
 * @param recipientVariable the variable of a process that received the person's data naming the
 *     partner group it went to (referral: {@code acceptGroup}); an erasure lists these groups
 */
@ConfigurationProperties(prefix = "fkif.privacy")
public record PrivacyProperties(
    @DefaultValue("contactEmail") String emailVariable,
    @DefaultValue({"contactName", "contactEmail", "contactPhone"}) List<String> personalVariables,
    @DefaultValue("acceptGroup") String recipientVariable) {}
