package de.fachkraftimfokus.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of the platform's mails
 * @param platformUrl base URL put into mails (links to Tasklist)
 * @param logBody without an SMTP server, write a mail's text to the log (local demo mode only: a
 *     mail can carry a contact person's data, which the log of a production platform never holds)
 * @param markSentPatience how long a sent mail's mark is retried while the database is away, before
 *     the job fails (and its retry would send the mail again); must stay well below the job
 *     executor's lock time
 * @param claimTimeout how long a claim stands: a mail claimed less than this ago is being sent by a job
 *     that still runs (its lock has not run out), so another execution does not send it too; an older
 *     claim belongs to a node that died, and is taken over. The job executor's lock time.
 */
@ConfigurationProperties(prefix = "fkif.mail")
public record NotificationProperties(
    @DefaultValue("fachkraft-im-fokus@sachsen-anhalt.invalid") String from,
    @DefaultValue("http://127.0.0.1:8080") String platformUrl,
    @DefaultValue("false") boolean logBody,
    @DefaultValue("PT60S") Duration markSentPatience,
    @DefaultValue("PT5M") Duration claimTimeout) {}
