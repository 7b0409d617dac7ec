package de.fachkraftimfokus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.fachkraftimfokus.document.DocumentTemplates;
import de.fachkraftimfokus.monitoring.PlatformMetrics;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifier against a real SMTP server (GreenMail) and a real database (H2 with the platform's
 * migrations of the notification log): each mail once, whatever fails between claim, send and mark.
 */
@DisplayName("Notifier: jede Mail genau einmal")
class NotifierTest {

  private static final String TEMPLATE = "approach-handover";
  private static final Map<String, Object> MODEL = MailTemplatesTest.models().get(TEMPLATE);
  private static final List<String> TO = List.of("coach.harz@example.org", "pfiff.harz@example.org");

  private final int port = freePort();
  private GreenMail smtp;
  private JdbcTemplate jdbc;
  private DataSourceTransactionManager transactions;
  private Notifier notifier;

  @BeforeEach
  void setUp() throws Exception {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:notifier-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    try (var connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V1__notification_log.sql"));
      ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V120__notification_claim.sql"));
    }
    jdbc = new JdbcTemplate(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mailSender", sender);
    ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
    notifier = new Notifier(jdbc, transactions, provider, null,
        new NotificationProperties("fachkraft-im-fokus@sachsen-anhalt.invalid", "http://127.0.0.1:8080", false,
            Duration.ofSeconds(1), Duration.ofMinutes(1)),
        new DocumentTemplates(), Mockito.mock(PlatformMetrics.class));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void tearDown() {
    smtp.stop();
  }

  @Test
  @DisplayName("Versand mit stabiler Message-ID und Idempotenzschlüssel im Kopf; ein zweiter Aufruf versendet nichts")
  void sendsOnceWithStableHeaders() throws Exception {
    assertThat(notifier.sendOnce("test:eins", TO, TEMPLATE, MODEL)).isTrue();
    assertThat(notifier.sendOnce("test:eins", TO, TEMPLATE, MODEL)).isFalse();

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).as("eine Mail je Empfänger").hasSize(2);
    for (MimeMessage mail : mails) {
      assertThat(mail.getHeader(Notifier.IDEMPOTENCY_HEADER)).containsExactly("test:eins");
      assertThat(mail.getMessageID()).isEqualTo(Notifier.messageId("test:eins", "fachkraft-im-fokus@sachsen-anhalt.invalid"))
          .matches("<fkif\\.[0-9a-f]{40}@sachsen-anhalt\\.invalid>");
    }
    assertThat(state("test:eins")).isEqualTo(Map.of("STATE", "SENT", "ATTEMPTS", 1));
  }

  @Test
  @DisplayName("Mailserver weg: deutsche Meldung für den Vorfall, Zeile FAILED; nach der Rückkehr geht die Mail genau einmal hinaus")
  void failsInGermanAndSendsOnceAfterwards() throws Exception {
    smtp.stop();
    assertThatThrownBy(() -> notifier.sendOnce("test:zwei", TO, TEMPLATE, MODEL))
        .isInstanceOf(MailNotSentException.class)
        .hasMessage("Mail test:zwei ließ sich nicht versenden: Der Mailserver ist nicht erreichbar oder hat die Mail "
            + "abgelehnt. Der Versand wird wiederholt; nach dem letzten Versuch bitte im Cockpit erneut anstoßen.");
    assertThat(state("test:zwei")).containsEntry("STATE", "FAILED");

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    assertThat(notifier.sendOnce("test:zwei", TO, TEMPLATE, MODEL)).as("Wiederholung").isTrue();
    assertThat(notifier.sendOnce("test:zwei", TO, TEMPLATE, MODEL)).as("noch eine Wiederholung").isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(state("test:zwei")).isEqualTo(Map.of("STATE", "SENT", "ATTEMPTS", 2));
  }

  @Test
  @DisplayName("Der Job scheitert nach dem Versand und rollt zurück: der Vermerk bleibt, die Wiederholung versendet nichts")
  void markSurvivesTheJobsRollback() {
    TransactionTemplate job = new TransactionTemplate(transactions);
    AtomicInteger sent = new AtomicInteger();
    assertThatThrownBy(() -> job.executeWithoutResult(status -> {
      jdbc.update("UPDATE fkif_notification SET subject = subject"); // the job's own work
      if (notifier.sendOnce("test:drei", TO, TEMPLATE, MODEL)) {
        sent.incrementAndGet();
      }
      throw new IllegalStateException("der nächste Schritt des Jobs scheitert");
    })).hasMessageContaining("nächste Schritt");

    assertThat(sent).hasValue(1);
    assertThat(state("test:drei")).containsEntry("STATE", "SENT");
    Boolean again = job.execute(status -> notifier.sendOnce("test:drei", TO, TEMPLATE, MODEL));
    assertThat(again).isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  @DisplayName("Ein Knoten starb zwischen Anspruch und Vermerk: die Wiederholung sendet mit derselben Message-ID")
  void claimLeftByADeadNodeIsSentAgainWithTheSameMessageId() throws Exception {
    jdbc.update("INSERT INTO fkif_notification (idempotency_key, recipients, subject, state, claimed_at, claimed_by) "
        + "VALUES ('test:vier', 'x', 'y', 'CLAIMED', ?, 'toter-knoten')",
        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(2))));
    assertThat(notifier.sendOnce("test:vier", TO, TEMPLATE, MODEL)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(2).allSatisfy(mail -> assertThat(mail.getMessageID())
        .isEqualTo(Notifier.messageId("test:vier", "fachkraft-im-fokus@sachsen-anhalt.invalid")));
    assertThat(state("test:vier")).isEqualTo(Map.of("STATE", "SENT", "ATTEMPTS", 2));
  }

  @Test
  @DisplayName("Ein frischer Anspruch gehört einem Job, der noch läuft: keine zweite Mail, der Job versucht es später")
  void freshClaimIsNotTakenOver() {
    jdbc.update("INSERT INTO fkif_notification (idempotency_key, recipients, subject, state, claimed_at, claimed_by) "
        + "VALUES ('test:fuenf', 'x', 'y', 'CLAIMED', CURRENT_TIMESTAMP, 'anderer-knoten')");
    assertThatThrownBy(() -> notifier.sendOnce("test:fuenf", TO, TEMPLATE, MODEL))
        .isInstanceOf(MailNotSentException.class).hasMessageContaining("wird gerade versandt");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(state("test:fuenf")).containsEntry("STATE", "CLAIMED");
  }

  private Map<String, Object> state(String key) {
    return jdbc.queryForMap("SELECT state, attempts FROM fkif_notification WHERE idempotency_key = ?", key);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
