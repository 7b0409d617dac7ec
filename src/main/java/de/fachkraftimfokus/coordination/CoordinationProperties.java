package de.fachkraftimfokus.coordination;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param statementPartners group ids asked for a statement; empty (default) = every working
 *     partner group. The lead partner's own group is never asked.
 * @param statementWorkingDays the statement deadline in working days of Sachsen-Anhalt
 */
@ConfigurationProperties(prefix = "fkif.coordination")
public record CoordinationProperties(
    @DefaultValue List<String> statementPartners,
    @DefaultValue("10") int statementWorkingDays) {}
