package de.fachkraftimfokus.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of identity and access.
 *
 * @param demoEnabled create the demo users (local demo mode only; off in {@code prod})
 * @param demoPassword password of every demo user, documented in the README
 */
@ConfigurationProperties(prefix = "fkif.identity")
public record IdentityProperties(boolean demoEnabled, String demoPassword) {}
