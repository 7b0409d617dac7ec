package de.fachkraftimfokus.notification;

import de.fachkraftimfokus.monitoring.PlatformMetrics;
import de.fachkraftimfokus.document.DocumentTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the platform's German mails, each exactly once per idempotency key, across retries, node
 * crashes and database outages.
 *
 * <p>A mail {@code <name>} is two plain-text templates of {@link DocumentTemplates}:
 * {@code templates/mail/<name>.subject.txt} (one line) and {@code templates/mail/<name>.txt} (the
 * text). Subject and text are separate files so that each can be read and changed on its own, and
 * so that no value can shift text from one into the other: the subject is always one line (line
 * breaks from values become spaces). The model's values fill {@code [(${name})]}; the platform's
 * address is there as {@code platformUrl}. A value the templates ask for and the model lacks stops
 * the mail (strict templates): the job retries and ends in an incident, no mail goes out with a hole.
 *
 * <p>Called from asynchronous service tasks. The notification log ({@code fkif_notification}) is
 * written in transactions of its own, never in the job's: <em>claim</em> (row locked, state
 * {@code CLAIMED}), <em>send</em>, <em>mark sent</em> (state {@code SENT}). A mark that is committed
 * survives whatever happens to the job afterwards (its rollback, a database outage, a killed node), so
 * a retry of the job finds {@code SENT} and sends nothing. If sending fails, the row becomes
 * {@code FAILED}, the job fails with a German message (its incident reads German in Cockpit) and the
 * retry claims the row again. A claim younger than {@code fkif.mail.claim-timeout} (the job lock time)
 * belongs to a job that still runs, and is not taken over. The one window left is a node that dies after the SMTP server accepted
 * the mail and before the mark is committed: the retry sends it again, with the same
 * {@code Message-ID} and {@code X-Fkif-Idempotency-Key}, so mail systems and the resilience suite
 * recognise the copy (docs/betrieb.md#mehrere-knoten).
 *
 * <p>Without an SMTP host (local demo mode) the mail is written to the log instead.
 */
@Service
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  /** Where the mail templates are, below {@code src/main/resources/templates/}. */
  static final String MAIL_FOLDER = "mail/";
  /** The header carrying the idempotency key of every mail (also the source of its Message-ID). */
  public static final String IDEMPOTENCY_HEADER = "X-Fkif-Idempotency-Key";
  private static final String NODE = truncate(ManagementFactory.getRuntimeMXBean().getName(), 100);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final IdentityService identityService;
  private final NotificationProperties properties;
  private final PlatformMetrics metrics;

  static final String SENT = "SENT";
  static final String ALREADY_SENT = "ALREADY_SENT";
  static final String NO_RECIPIENTS = "NO_RECIPIENTS";
  static final String FAILED = "FAILED";
  static final String CLAIMED = "CLAIMED";

  private final DocumentTemplates templates;

  Notifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mailSender,
      IdentityService identityService, NotificationProperties properties, DocumentTemplates templates,
      PlatformMetrics metrics) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.properties = properties;
    this.metrics = metrics;
    this.templates = templates;
  }

  /** The e-mail addresses of the members of the groups (users without address are skipped). */
  public Set<String> addressesOfGroups(Collection<String> groupIds) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
        if (user.getEmail() != null && !user.getEmail().isBlank()) {
          addresses.add(user.getEmail());
        }
      }
    }
    return addresses;
  }

  /**
   * Renders the mail {@code template} (see above) and sends it to the addresses unless a mail with this key was sent.
   *
   * @return true if sent now, false if it had been sent before or there was nobody to send to
   * @throws MailNotSentException when the mail could not be sent (the job retries)
   */
  public boolean sendOnce(String idempotencyKey, Collection<String> addresses, String template,
      Map<String, ?> model) {
    return sendOnce(idempotencyKey, addresses, template, model, List.of());
  }

  /** As {@link #sendOnce(String, Collection, String, Map)}, with files attached. */
  public boolean sendOnce(String idempotencyKey, Collection<String> addresses, String template,
      Map<String, ?> model, List<Attachment> attachments) {
    if (addresses.isEmpty()) {
      LOG.warn("Mail {} ({}) hat keine Empfänger", idempotencyKey, template);
      metrics.mail(template, NO_RECIPIENTS);
      return false;
    }
    Map<String, Object> fullModel = new java.util.HashMap<>(model);
    fullModel.putIfAbsent("platformUrl", properties.platformUrl());
    RenderedMail mail = render(template, fullModel);
    List<String> recipients = List.copyOf(addresses);
    if (!claim(idempotencyKey, recipients, mail)) {
      LOG.info("Mail {} wurde bereits versandt; kein zweites Mal", idempotencyKey);
      metrics.mail(template, ALREADY_SENT);
      return false;
    }
    try {
      deliver(idempotencyKey, recipients, mail, attachments);
    } catch (RuntimeException e) {
      metrics.mail(template, FAILED);
      markFailed(idempotencyKey);
      throw new MailNotSentException(idempotencyKey, e);
    }
    markSent(idempotencyKey);
    metrics.mail(template, SENT);
    return true;
  }

  /**
   * Claims the key in a transaction of its own: true if this caller is to send the mail now, false if
   * it was sent. The row is locked while claimed ({@code FOR UPDATE}), so two claims of one key from
   * two nodes come one after the other. A row left {@code CLAIMED} or {@code FAILED} by an earlier
   * attempt is claimed again.
   */
  private boolean claim(String idempotencyKey, List<String> recipients, RenderedMail mail) {
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> {
        List<Map<String, Object>> rows = jdbc.queryForList(
            "SELECT state, claimed_at FROM fkif_notification WHERE idempotency_key = ? FOR UPDATE", idempotencyKey);
        Timestamp now = Timestamp.from(Instant.now());
        if (rows.isEmpty()) {
          jdbc.update("INSERT INTO fkif_notification (idempotency_key, recipients, subject, state, claimed_at, "
                  + "claimed_by, attempts) VALUES (?,?,?,?,?,?,1)", idempotencyKey,
              truncate(String.join(",", recipients), 4000), truncate(mail.subject(), 500), CLAIMED, now, NODE);
          return true;
        }
        String state = (String) rows.get(0).get("state");
        if (SENT.equals(state)) {
          return false;
        }
        Timestamp claimedAt = (Timestamp) rows.get(0).get("claimed_at");
        if (CLAIMED.equals(state) && claimedAt != null
            && claimedAt.toInstant().isAfter(now.toInstant().minus(properties.claimTimeout()))) {
          throw new MailNotSentException(idempotencyKey, "wird gerade versandt (seit "
              + claimedAt.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "); der Versand wird "
              + "später erneut versucht", null);
        }
        jdbc.update("UPDATE fkif_notification SET state = ?, claimed_at = ?, claimed_by = ?, attempts = attempts + 1, "
            + "recipients = ?, subject = ? WHERE idempotency_key = ?", CLAIMED, now, NODE,
            truncate(String.join(",", recipients), 4000), truncate(mail.subject(), 500), idempotencyKey);
        return true;
      }));
    } catch (DuplicateKeyException concurrentClaim) {
      // another node inserted the same key a moment ago: it sends; this job tries again later
      throw new MailNotSentException(idempotencyKey, "wird gerade von einem anderen Knoten versandt",
          concurrentClaim);
    }
  }

  /**
   * Marks the key sent. The mail is out: the mark is retried for a while (a database that is away for
   * a moment must not make a retry send the mail again), and only then the job fails.
   */
  private void markSent(String idempotencyKey) {
    long deadline = System.nanoTime() + properties.markSentPatience().toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "UPDATE fkif_notification SET state = ?, sent_at = ? WHERE idempotency_key = ?", SENT,
            Timestamp.from(Instant.now()), idempotencyKey));
        return;
      } catch (DataAccessException | TransactionException e) {
        if (System.nanoTime() > deadline) {
          throw new MailNotSentException(idempotencyKey,
              "wurde versandt, der Versand ließ sich aber nicht vermerken (Datenbank nicht erreichbar)", e);
        }
        LOG.warn("Mail {} versandt, Vermerk in der Datenbank scheitert (Versuch {}): {}", idempotencyKey, attempt,
            e.getClass().getSimpleName());
        sleep(Math.min(2000L, 200L * attempt));
      }
    }
  }

  private void markFailed(String idempotencyKey) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "UPDATE fkif_notification SET state = ? WHERE idempotency_key = ? AND state = ?", FAILED, idempotencyKey,
          CLAIMED));
    } catch (DataAccessException | TransactionException e) {
      // the row stays CLAIMED; the retry claims it again all the same
      LOG.warn("Mail {}: Fehlschlag ließ sich nicht vermerken: {}", idempotencyKey, e.getClass().getSimpleName());
    }
  }

  private void deliver(String idempotencyKey, List<String> recipients, RenderedMail mail,
      List<Attachment> attachments) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      if (properties.logBody()) {
        LOG.info("Kein SMTP-Server konfiguriert – Mail nur protokolliert:\nAn: {}\nBetreff: {}\n{}\nAnhänge: {}",
            recipients, mail.subject(), mail.body(), attachments.stream().map(Attachment::fileName).toList());
      } else {
        LOG.warn("Kein SMTP-Server konfiguriert: Mail {} an {} Empfänger nicht versandt", idempotencyKey,
            recipients.size());
      }
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      // the same mail has the same Message-ID on every attempt (JavaMailSenderImpl keeps a set one)
      message.setHeader("Message-ID", messageId(idempotencyKey, properties.from()));
      message.setHeader(IDEMPOTENCY_HEADER, idempotencyKey);
    } catch (MessagingException e) {
      throw new IllegalStateException("Mail " + idempotencyKey + " ließ sich nicht zusammenstellen", e);
    }
    sender.send(message);
  }

  /** A Message-ID that depends on the idempotency key only (RFC 5322 msg-id, no characters of the key itself). */
  static String messageId(String idempotencyKey, String from) {
    String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "")
        : "fachkraft-im-fokus.invalid";
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<fkif." + HexFormat.of().formatHex(hash, 0, 20) + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailNotSentException("?", "Versand unterbrochen", e);
    }
  }

  /** Subject (one line) and text of the mail {@code template} with the model. */
  RenderedMail render(String template, Map<String, ?> model) {
    String subject = templates.render(MAIL_FOLDER + template + ".subject.txt", model).strip().replaceAll("\\s+", " ");
    if (subject.isEmpty()) {
      throw new IllegalStateException("Mailvorlage " + template + ": Betreff ist leer");
    }
    return new RenderedMail(subject, templates.render(MAIL_FOLDER + template + ".txt", model).strip() + "\n");
  }

  record RenderedMail(String subject, String body) {}

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
