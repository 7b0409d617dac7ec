package de.fachkraftimfokus.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the HTTP surface.
 *
 * @param maxRequestBytes largest request body accepted by the REST APIs
 * @param maxResults largest {@code maxResults} a query may ask for
 * @param loginFailuresPerAddress failed logins from one address before it must wait
 * @param loginFailureWindow how long an address's failed logins count
 */
@ConfigurationProperties(prefix = "fkif.security")
public record SecurityProperties(
    @DefaultValue("1048576") long maxRequestBytes,
    @DefaultValue("1000") int maxResults,
    @DefaultValue("10") int loginFailuresPerAddress,
    @DefaultValue("PT15M") java.time.Duration loginFailureWindow) {}
