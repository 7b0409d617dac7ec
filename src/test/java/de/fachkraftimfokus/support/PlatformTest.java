package de.fachkraftimfokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole platform: real engine, real models, DMN, delegates and database (H2, or
 * PostgreSQL with {@code -Ppostgres}), on a random local port. The job executor is off: tests
 * execute jobs themselves, so nothing happens behind their back.
 *
 * <p>Camunda's REST API and webapps find the engine by the static name "default";
 * {@link CurrentEngineRegistration} points it at the engine of the running test's context. Keep the
 * number of distinct context configurations small (plain, or with
 * {@code ProcessEngineCoverageConfiguration} for process tests). Mail goes to the run's one SMTP
 * server ({@link TestMailServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PlatformTest {}
