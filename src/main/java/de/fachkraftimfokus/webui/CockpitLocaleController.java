package de.fachkraftimfokus.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cockpit's German texts: Camunda 7.24's own {@code de.json} from the webjar, with the platform's
 * corrections ({@code webui/cockpit-de.json}: English leftovers such as „Deployed“, „Key“,
 * „Tasks“, „null“ for an empty value, the case number as „Geschäftszeichen“, German date formats)
 * merged over it. Merged when asked rather than copied, so a Camunda upgrade brings its new texts
 * and keeps the corrections (Cockpit loads {@code <app>/locales/<lang>.json}; a controller mapping
 * wins over the webjar's static resource).
 */
@RestController
class CockpitLocaleController {

  static final String WEBJAR_LOCALE = "META-INF/resources/webjars/camunda/app/cockpit/locales/de.json";
  static final String CORRECTIONS = "webui/cockpit-de.json";

  private final byte[] merged;

  CockpitLocaleController(ObjectMapper mapper) {
    this.merged = merge(mapper);
  }

  @GetMapping(value = "/camunda/app/cockpit/locales/de.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> german() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
        .body(merged);
  }

  static byte[] merge(ObjectMapper mapper) {
    try {
      ObjectNode original = (ObjectNode) mapper.readTree(withoutBom(read(WEBJAR_LOCALE)));
      ObjectNode corrections = (ObjectNode) mapper.readTree(read(CORRECTIONS));
      ((ObjectNode) original.get("labels")).setAll((ObjectNode) corrections.get("labels"));
      ((ObjectNode) original.get("dateLocales")).setAll((ObjectNode) corrections.get("dateLocales"));
      return mapper.writeValueAsBytes(original);
    } catch (IOException e) {
      throw new UncheckedIOException("Deutsche Texte des Cockpits nicht lesbar", e);
    }
  }

  private static String read(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
