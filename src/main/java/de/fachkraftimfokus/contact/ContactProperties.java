package de.fachkraftimfokus.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param doubleApproachWindow how long a contact keeps counting for the double-approach check after
 *     it ended (an active contact always counts); ISO-8601, e.g. {@code P180D}
 */
@ConfigurationProperties(prefix = "fkif.contacts")
public record ContactProperties(@DefaultValue("P180D") Duration doubleApproachWindow) {}
