package de.fachkraftimfokus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The one in-process SMTP server of a test run. Started with the run by {@link TestDatabase}, which
 * points {@code spring.mail.host/port} at it, so every Spring test context sends real mail over
 * SMTP — and all tests share a single context configuration (one engine, one webapp).
 *
 * <p>Tests that read mails purge the mailboxes first; tests that simulate a mail server outage
 * {@code stop()} and {@code start()} this instance again on the same port.
 */
public final class TestMailServer {

  private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static final GreenMail MAIL = new GreenMail(SETUP);
  private static boolean started;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (!started) {
      MAIL.start();
      started = true;
    }
    return MAIL;
  }

  public static int port() {
    return SETUP.getPort();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
