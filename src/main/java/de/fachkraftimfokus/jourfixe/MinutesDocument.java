package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The approved minutes of a Jour fixe as a PDF: header (date, roles, excused partners), summary,
 * each agenda item with its decision, the action items. Made from the stored minutes when they are
 * approved, kept with the Jour fixe, mailed to the participants and downloadable by them.
 */
@Service
public class MinutesDocument {

  /** The template; the German names of the decision codes are in it too. */
  static final String TEMPLATE = "jourfixe/minutes.html";

  private final JdbcTemplate jdbc;
  private final JourFixeService service;
  private final DocumentTemplates documents;

  MinutesDocument(JdbcTemplate jdbc, JourFixeService service, DocumentTemplates documents) {
    this.jdbc = jdbc;
    this.service = service;
    this.documents = documents;
  }

  /** Path of the download link (HTTP Basic under /api). */
  public static String pdfPath(String businessKey) {
    return "/api/jour-fixe/" + businessKey + "/minutes.pdf";
  }

  public static String fileName(String businessKey) {
    return "Protokoll-" + businessKey + ".pdf";
  }

  /** Renders the minutes as they are stored now and keeps the PDF (replacing an earlier one). */
  public byte[] store(String businessKey) {
    byte[] pdf = documents.pdf(TEMPLATE, Map.of("minutes", view(businessKey)));
    jdbc.update("DELETE FROM jf_minutes_document WHERE jour_fixe_ref = ?", businessKey);
    jdbc.update("INSERT INTO jf_minutes_document (jour_fixe_ref, pdf, created_at) VALUES (?,?,?)", businessKey, pdf,
        Timestamp.from(Instant.now()));
    return pdf;
  }

  public Optional<byte[]> pdf(String businessKey) {
    return jdbc.queryForList("SELECT pdf FROM jf_minutes_document WHERE jour_fixe_ref = ?", byte[].class, businessKey)
        .stream().findFirst();
  }

  private View view(String businessKey) {
    JourFixeService.Meeting meeting = service.meeting(businessKey);
    return new View(businessKey, meeting.meetingDate(), JourFixeService.groupName(meeting.moderatorGroup()),
        JourFixeService.groupName(meeting.minuteTakerGroup()),
        meeting.absentGroups().stream().map(JourFixeService::groupName).toList(), meeting.roleChangeReason(),
        meeting.minutesText(), service.minutesEntries(businessKey),
        service.actionItemsOf(businessKey).stream().map(action -> new View.Action(
            JourFixeService.groupName(action.ownerGroup()), action.dueDate(), action.description())).toList());
  }

  /**
   * What the minutes show, as data: dates, German names of the groups, the stored texts. The
   * document's own words are in the template.
   *
   * @param absent German names of the excused partners
   * @param roleChangeReason null when the date and roles stayed as planned
   * @param summary the minute-taker's summary
   */
  public record View(String businessKey, LocalDate meetingDate, String moderator, String minuteTaker,
      List<String> absent, String roleChangeReason, String summary, List<JourFixeService.MinutesEntry> entries,
      List<Action> actions) {

    /** An action item: German name of the owner group, due date, what to do. */
    public record Action(String owner, LocalDate dueDate, String description) {}
  }
}
