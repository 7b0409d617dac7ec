package de.fachkraftimfokus.publicactivity;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the staff calendar from {@code templates/publicactivity/calendar.html} (Thymeleaf, HTML
 * mode, German locale). The German texts live in the template; Java passes only data.
 */
@Component
class CalendarPage {

  static final String TEMPLATE = "publicactivity/calendar.html";

  private final TemplateEngine engine;

  CalendarPage() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CalendarPage.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    SpringTemplateEngine springEngine = new SpringTemplateEngine();
    springEngine.setTemplateResolver(resolver);
    this.engine = springEngine;
  }

  String render(Map<String, ?> variables) {
    Context context = new Context(Locale.GERMANY);
    variables.forEach(context::setVariable);
    return engine.process(TEMPLATE, context);
  }
}
