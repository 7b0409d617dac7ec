package de.fachkraftimfokus.support;

import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the process tests that read the platform's mails: one GreenMail server and one Spring
 * context for all of them (same configuration, so Spring caches a single context), process test
 * coverage recorded per test class under {@code target/process-test-coverage/}. Subclasses are
 * annotated with {@link PlatformTest}.
 */
public abstract class MailingProcessTest {

  /** The run's one SMTP server (see TestMailServer). */
  protected static final GreenMail MAIL = TestMailServer.get();

  @Autowired protected ProcessEngine engine;

  @BeforeEach
  void assertionsOnThisEngine() {
    BpmnAwareTests.init(engine);
  }
}
