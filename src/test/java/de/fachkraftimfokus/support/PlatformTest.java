package de.fachkraftimfokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole platform: real engine, real models, DMN, delegates and database (H2, or
 * PostgreSQL with {@code -Ppostgres}), on a random local port. The job executor is off: tests
 * execute jobs themselves, so nothing happens behind their back. Test classes must not add their
 * own context configuration (imports, property sources, mock beans).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// One context configuration for the whole suite: Camunda registers its engine and webapps by the
// name "default" in static registries, so two live contexts in one JVM would answer each other's
// REST and webapp requests. Coverage is recorded for every test class (see ProcessCoverageGate);
// mail goes to the run's one SMTP server (TestMailServer).
@Import(ProcessEngineCoverageConfiguration.class)
public @interface PlatformTest {}
