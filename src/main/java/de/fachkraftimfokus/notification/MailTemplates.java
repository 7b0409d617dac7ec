package de.fachkraftimfokus.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * German mail templates under {@code src/main/resources/mail/<name>.txt}: the first line is the
 * subject, the rest the body; {@code {{name}}} is replaced by the model's value. A placeholder
 * without a value is an error, so no mail goes out with a hole in it.
 */
public final class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

  private MailTemplates() {}

  public static RenderedMail render(String templateName, Map<String, ?> model) {
    String text = load(templateName);
    int newline = text.indexOf('\n');
    if (newline < 0) {
      throw new IllegalStateException("Mailvorlage " + templateName + " hat keinen Text nach dem Betreff");
    }
    return new RenderedMail(fill(text.substring(0, newline).trim(), model, templateName),
        fill(text.substring(newline + 1).strip() + "\n", model, templateName));
  }

  private static String fill(String text, Map<String, ?> model, String templateName) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = model.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("Mailvorlage " + templateName + ": kein Wert für " + matcher.group(1));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String load(String templateName) {
    try (InputStream in = new ClassPathResource("mail/" + templateName + ".txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Mailvorlage " + templateName + " fehlt", e);
    }
  }

  public record RenderedMail(String subject, String body) {}
}
