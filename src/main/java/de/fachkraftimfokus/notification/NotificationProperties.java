package de.fachkraftimfokus.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of the platform's mails
 * @param platformUrl base URL put into mails (links to Tasklist)
 */
@ConfigurationProperties(prefix = "fkif.mail")
public record NotificationProperties(
    @DefaultValue("fachkraft-im-fokus@sachsen-anhalt.invalid") String from,
    @DefaultValue("http://127.0.0.1:8080") String platformUrl) {}
