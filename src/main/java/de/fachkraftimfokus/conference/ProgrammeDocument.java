package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceFormat;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import de.fachkraftimfokus.document.DocumentTemplates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The German programme of a conference under the umbrella brand, as HTML and PDF, from the template
 * {@code templates/conference/programme.html} (the platform's one document stack, like the Jour
 * fixe's minutes). While the programme is being composed the HTML is a preview of the current
 * draft; once approved, both are generated and kept.
 */
@Service
class ProgrammeDocument {

  static final String TEMPLATE = "conference/programme.html";

  private final ConferenceRegister register;
  private final DocumentTemplates documents;

  ProgrammeDocument(ConferenceRegister register, DocumentTemplates documents) {
    this.register = register;
    this.documents = documents;
  }

  static String fileName(String businessKey) {
    return "Programm-" + businessKey + ".pdf";
  }

  /** Renders and keeps the approved programme; returns the PDF. */
  byte[] store(String businessKey) {
    String html = html(businessKey, false);
    byte[] pdf = documents.toPdf(html);
    register.storeDocument(businessKey, html, pdf);
    return pdf;
  }

  /** The stored programme, or the preview of the draft while there is none. */
  Optional<String> htmlOrPreview(String businessKey) {
    return register.documentHtml(businessKey)
        .or(() -> register.find(businessKey).filter(c -> c.date() != null).map(c -> html(businessKey, true)));
  }

  Optional<byte[]> pdf(String businessKey) {
    return register.documentPdf(businessKey);
  }

  private String html(String businessKey, boolean preview) {
    Conference conference = register.find(businessKey).orElseThrow(() ->
        new IllegalStateException("Fachveranstaltung " + businessKey + " fehlt"));
    return documents.render(TEMPLATE, Map.of("programme", view(conference, register.slots(businessKey), preview)));
  }

  static View view(Conference conference, List<ProgrammeSlot> slots, boolean preview) {
    return new View(conference.businessKey(), AnnualConferenceProcess.UMBRELLA_BRAND, conference.year(),
        conference.motto() == null ? "" : conference.motto(), conference.date(),
        conference.format() == null ? "" : conference.format().germanName(),
        conference.format() == ConferenceFormat.ONLINE || conference.venue() == null ? "" : conference.venue(),
        ConferenceTexts.partner(conference.leadPartner()), conference.topics() == null ? "" : conference.topics(),
        conference.registrationDeadline(), slots.stream().map(slot -> new View.Slot(slot.startTime(), slot.endTime(),
            slot.title(), slot.speaker() == null ? "" : slot.speaker(), slot.room() == null ? "" : slot.room())).toList(),
        preview);
  }

  /**
   * The programme as the template reads it.
   *
   * @param preview a draft not yet approved (the document says so)
   */
  record View(String businessKey, String brand, int year, String motto, LocalDate date, String format, String venue,
      String leadPartner, String topics, LocalDate registrationDeadline, List<Slot> slots, boolean preview) {

    record Slot(String startTime, String endTime, String title, String speaker, String room) {}
  }
}
