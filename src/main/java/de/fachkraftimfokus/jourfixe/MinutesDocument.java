package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
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

  private final MinutesPdfRepository pdfs;
  private final JdbcAggregateOperations aggregates;
  private final Meetings meetings;
  private final Agenda agenda;
  private final Decisions decisions;
  private final ActionItems actionItems;
  private final DocumentTemplates documents;

  MinutesDocument(MinutesPdfRepository pdfs, JdbcAggregateOperations aggregates, Meetings meetings, Agenda agenda,
      Decisions decisions, ActionItems actionItems, DocumentTemplates documents) {
    this.pdfs = pdfs;
    this.aggregates = aggregates;
    this.meetings = meetings;
    this.agenda = agenda;
    this.decisions = decisions;
    this.actionItems = actionItems;
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
    pdfs.deleteById(businessKey);
    aggregates.insert(new MinutesPdf(businessKey, pdf, Instant.now()));
    return pdf;
  }

  public Optional<byte[]> pdf(String businessKey) {
    return pdfs.findById(businessKey).map(MinutesPdf::pdf);
  }

  private View view(String businessKey) {
    Meeting meeting = meetings.meeting(businessKey);
    return new View(businessKey, meeting.meetingDate(), JourFixeService.groupName(meeting.moderatorGroup()),
        JourFixeService.groupName(meeting.minuteTakerGroup()),
        meeting.absentGroups().stream().map(JourFixeService::groupName).toList(), meeting.roleChangeReason(),
        meeting.minutesText(), entries(businessKey),
        actionItems.of(businessKey).stream().map(action -> new View.Action(
            JourFixeService.groupName(action.ownerGroup()), action.dueDate(), action.description())).toList());
  }

  /** The agenda in its order, each item with the decision of the minutes. */
  private List<Entry> entries(String businessKey) {
    Map<Long, AgendaDecision> decided = decisions.of(businessKey);
    List<Entry> entries = new ArrayList<>();
    for (AgendaItem item : agenda.of(businessKey)) {
      AgendaDecision decision = decided.get(item.id());
      entries.add(new Entry(entries.size() + 1, item.title(), decision == null ? null : decision.decision(),
          decision == null ? null : decision.decisionText()));
    }
    return entries;
  }

  /** One agenda item of the minutes with its decision code and text (null while undecided). */
  public record Entry(int number, String title, String decision, String decisionText) {}

  /**
   * What the minutes show, as data: dates, German names of the groups, the stored texts. The
   * document's own words are in the template.
   *
   * @param absent German names of the excused partners
   * @param roleChangeReason null when the date and roles stayed as planned
   * @param summary the minute-taker's summary
   */
  public record View(String businessKey, LocalDate meetingDate, String moderator, String minuteTaker,
      List<String> absent, String roleChangeReason, String summary, List<Entry> entries,
      List<Action> actions) {

    /** An action item: German name of the owner group, due date, what to do. */
    public record Action(String owner, LocalDate dueDate, String description) {}
  }
}
