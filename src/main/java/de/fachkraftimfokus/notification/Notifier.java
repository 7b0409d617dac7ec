package de.fachkraftimfokus.notification;

import de.fachkraftimfokus.monitoring.PlatformMetrics;
import de.fachkraftimfokus.document.DocumentTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the platform's German mails, each at most once per idempotency key.
 *
 * <p>A mail {@code <name>} is two plain-text templates of {@link DocumentTemplates}:
 * {@code templates/mail/<name>.subject.txt} (one line) and {@code templates/mail/<name>.txt} (the
 * text). Subject and text are separate files so that each can be read and changed on its own, and
 * so that no value can shift text from one into the other: the subject is always one line (line
 * breaks from values become spaces). The model's values fill {@code [(${name})]}; the platform's
 * address is there as {@code platformUrl}. A value the templates ask for and the model lacks stops
 * the mail (strict templates): the job retries and ends in an incident, no mail goes out with a hole.
 *
 * <p>Called from asynchronous service tasks: the key's row is written in the job's transaction
 * before the mail goes out. If sending fails, the transaction rolls back, the row disappears and
 * the job is retried (ending in an incident when retries run out). If a retry finds the row, the
 * mail was sent and committed already, and nothing is sent again.
 *
 * <p>Without an SMTP host (local demo mode) the mail is written to the log instead.
 */
@Service
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  /** Where the mail templates are, below {@code src/main/resources/templates/}. */
  static final String MAIL_FOLDER = "mail/";

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final IdentityService identityService;
  private final NotificationProperties properties;
  private final PlatformMetrics metrics;

  static final String SENT = "SENT";
  static final String ALREADY_SENT = "ALREADY_SENT";
  static final String NO_RECIPIENTS = "NO_RECIPIENTS";
  static final String FAILED = "FAILED";

  private final DocumentTemplates templates;

  Notifier(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, IdentityService identityService,
      NotificationProperties properties, DocumentTemplates templates, PlatformMetrics metrics) {
    this.jdbc = jdbc;
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
    // look first: on PostgreSQL a failed INSERT would abort the job's whole transaction
    if (jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key = ?", Integer.class,
        idempotencyKey) > 0) {
      LOG.info("Mail {} wurde bereits versandt; kein zweites Mal", idempotencyKey);
      metrics.mail(template, ALREADY_SENT);
      return false;
    }
    try {
      jdbc.update("INSERT INTO fkif_notification (idempotency_key, recipients, subject, sent_at) VALUES (?,?,?,?)",
          idempotencyKey, truncate(String.join(",", recipients), 4000), truncate(mail.subject(), 500),
          Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException alreadySent) {
      LOG.info("Mail {} wurde bereits versandt; kein zweites Mal", idempotencyKey);
      metrics.mail(template, ALREADY_SENT);
      return false;
    }
    try {
      deliver(idempotencyKey, recipients, mail, attachments);
    } catch (RuntimeException e) {
      metrics.mail(template, FAILED);
      throw e;
    }
    metrics.mail(template, SENT);
    return true;
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
    if (attachments.isEmpty()) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.from());
      message.setTo(recipients.toArray(String[]::new));
      message.setSubject(mail.subject());
      message.setText(mail.body());
      sender.send(message);
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Mail " + idempotencyKey + " ließ sich nicht zusammenstellen", e);
    }
    sender.send(message);
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
