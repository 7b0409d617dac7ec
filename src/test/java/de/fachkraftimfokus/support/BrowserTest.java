package de.fachkraftimfokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the platform's web UI in a real Chromium: the whole platform on a random
 * port ({@link PlatformTest}, job executor off) plus a {@link Browser} parameter for each test
 * method.
 *
 * <p>Without Debian's {@code chromium} and {@code chromedriver} the test class is skipped, with a
 * message saying why — unless {@code -Dbrowser.tests.required=true} (CI), then it fails.
 *
 * <pre>{@code
 * @BrowserTest
 * class SomethingInTheBrowserTest {
 *   @LocalServerPort int port;
 *
 *   @Test
 *   void works(Browser browser) {
 *     browser.loginTasklist(Browser.baseUrl(port), "coach.harz", Browser.DEMO_PASSWORD);
 *     browser.waitForText("Meine Aufgaben");
 *     browser.screenshot("something");
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@PlatformTest
@Tag("browser")
public @interface BrowserTest {}
