package de.fachkraftimfokus.notification;

/**
 * A mail that did not go out. Its message is German, because the job's exception message becomes
 * the incident's message in Cockpit; the technical cause (English, with the SMTP server's answer) is
 * in the stack trace only.
 */
public class MailNotSentException extends RuntimeException {

  MailNotSentException(String idempotencyKey, Throwable cause) {
    this(idempotencyKey, "ließ sich nicht versenden: Der Mailserver ist nicht erreichbar oder hat die Mail "
        + "abgelehnt. Der Versand wird wiederholt; nach dem letzten Versuch bitte im Cockpit erneut anstoßen", cause);
  }

  MailNotSentException(String idempotencyKey, String what, Throwable cause) {
    super("Mail " + idempotencyKey + " " + what + ".", cause);
  }
}
