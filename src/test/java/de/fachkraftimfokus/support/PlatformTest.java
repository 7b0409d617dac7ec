package de.fachkraftimfokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole platform: real engine, real models, DMN, delegates and database (H2, or
 * PostgreSQL with {@code -Ppostgres}), on a random local port. The job executor is off: tests
 * execute jobs themselves, so nothing happens behind their back.
 *
 * <p>All platform tests share one configuration, so Spring starts one context for the whole run
 * and caches it: Camunda's REST API and webapps find the engine by the static name "default", and a
 * second context in the same JVM would answer the first one's requests. Do not add context-changing
 * annotations ({@code @MockBean}, {@code @TestPropertySource}, {@code @DirtiesContext}, other
 * {@code @Import}s) to a test class; a test that needs another configuration starts it in a JVM of
 * its own (see {@code ProductionProfileTest}). Process test coverage is recorded for every class
 * (camunda-process-test-coverage, {@code target/process-test-coverage/<class>/}). Mail goes to the
 * JVM's one SMTP server ({@link TestMailServer}).
 *
 * <p>Because the database is shared by all classes of a run, tests create their own data (own
 * business keys, own fixture process keys) and never rely on an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
// metrics as in production (Spring Boot switches their export off in tests by default)
@AutoConfigureObservability(tracing = false)
public @interface PlatformTest {}
