package de.fachkraftimfokus.document;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The platform's documents — mails, minutes, reports, programmes — made from Thymeleaf templates.
 * The German texts live in the templates, where a process owner can read and change them; Java
 * passes only data.
 *
 * <p><b>Where.</b> A template is named by its path below {@code src/main/resources/templates/},
 * ending included: {@code "mail/referral-new.txt"}, {@code "jourfixe/minutes.html"}. The ending
 * chooses the mode:
 * <ul>
 *   <li>{@code .txt} — plain text (mails). {@code [(${companyName})]} inserts a value,
 *       {@code [# th:if="${…}"]…[/]} and {@code [# th:each="item : ${items}"]…[/]} repeat or leave
 *       out a part.
 *   <li>{@code .html} — XHTML (documents, PDF). {@code th:text="${…}"} inserts a value, escaped;
 *       {@code th:each}, {@code th:if} as usual. Write well-formed XHTML (closed tags,
 *       {@code <br />}): openhtmltopdf reads it as XML.
 * </ul>
 *
 * <p><b>Data.</b> {@code variables} maps names to values: strings, numbers, {@code LocalDate}s,
 * lists, records (read as {@code ${meeting.moderator}}). Dates and numbers are formatted in the
 * template ({@code ${#temporals.format(date, 'dd.MM.yyyy')}},
 * {@code ${#numbers.formatDecimal(x, 1, 1, 'COMMA')}}); the locale is German.
 *
 * <p><b>Strict.</b> Every {@code ${…}} must have a value: a missing variable, a misspelt name or
 * a {@code null} field stops the rendering with an exception naming the expression, the template
 * and the line — no document goes out with a hole in it (a mail job then retries and ends in an
 * incident). A value that may be absent is asked for explicitly: {@code ${reason != null}}, or
 * with a default inside the expression: {@code ${reason ?: '–'}}.
 *
 * <p>One engine, made here and nowhere else (Spring Boot's own Thymeleaf auto-configuration is
 * switched off in {@code FachkraftApplication}: the platform has no web views). Templates are read
 * once and cached.
 */
@Service
public class DocumentTemplates {

  private static final Locale GERMAN = Locale.GERMANY;

  private final TemplateEngine engine;

  public DocumentTemplates() {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setDialect(new StrictDialect());
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    this.engine = engine;
  }

  /** The template filled with the variables: a mail text, or the XHTML of a document. */
  public String render(String template, Map<String, ?> variables) {
    if (!template.endsWith(".txt") && !template.endsWith(".html")) {
      throw new IllegalArgumentException("Vorlage " + template + ": Name endet nicht auf .txt oder .html");
    }
    Context context = new Context(GERMAN);
    variables.forEach(context::setVariable);
    return engine.process(template, context);
  }

  /** The HTML template filled with the variables, as PDF (A4 and page rules from its CSS). */
  public byte[] pdf(String template, Map<String, ?> variables) {
    if (!template.endsWith(".html")) {
      throw new IllegalArgumentException("Vorlage " + template + ": ein PDF entsteht aus einer .html-Vorlage");
    }
    return HtmlToPdf.render(render(template, variables), template);
  }

  /** XHTML rendered before (e.g. kept with a report) as PDF. */
  public byte[] toPdf(String xhtml) {
    return HtmlToPdf.render(xhtml, "Dokument");
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(java.util.Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
