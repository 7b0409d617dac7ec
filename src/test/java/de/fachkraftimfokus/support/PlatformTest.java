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
 * <p>Camunda's REST API and webapps find the engine by the static name "default", so each test class
 * runs in a JVM of its own (surefire {@code reuseForks=false}): one context, one engine, one webapp
 * per JVM. Mail goes to the JVM's one SMTP server ({@link TestMailServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PlatformTest {}
