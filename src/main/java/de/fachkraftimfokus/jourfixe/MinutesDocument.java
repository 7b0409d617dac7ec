package de.fachkraftimfokus.jourfixe;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The approved minutes of a Jour fixe as a PDF: header (date, roles, excused partners), summary,
 * each agenda item with its decision, the action items. Made from the stored minutes when they are
 * approved, kept with the Jour fixe, mailed to the participants and downloadable by them.
 */
@Service
public class MinutesDocument {

  static final Map<String, String> DECISION_NAMES = Map.of(
      "ZUR_KENNTNIS", "zur Kenntnis genommen",
      "ZUGESTIMMT", "zugestimmt",
      "ANGEPASST", "zugestimmt mit Auflagen",
      "ABGELEHNT", "abgelehnt",
      "VERTAGT", "vertagt");

  private final JdbcTemplate jdbc;
  private final JourFixeService service;

  MinutesDocument(JdbcTemplate jdbc, JourFixeService service) {
    this.jdbc = jdbc;
    this.service = service;
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
    byte[] pdf = HtmlToPdf.render(html(businessKey), "Protokoll");
    jdbc.update("DELETE FROM jf_minutes_document WHERE jour_fixe_ref = ?", businessKey);
    jdbc.update("INSERT INTO jf_minutes_document (jour_fixe_ref, pdf, created_at) VALUES (?,?,?)", businessKey, pdf,
        Timestamp.from(Instant.now()));
    return pdf;
  }

  public Optional<byte[]> pdf(String businessKey) {
    return jdbc.queryForList("SELECT pdf FROM jf_minutes_document WHERE jour_fixe_ref = ?", byte[].class, businessKey)
        .stream().findFirst();
  }

  String html(String businessKey) {
    JourFixeService.Meeting meeting = service.meeting(businessKey);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\"><head><meta charset=\"UTF-8\" />")
        .append("<title>Protokoll ").append(esc(businessKey)).append("</title><style>")
        .append("body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#222;margin:0 1cm}")
        .append("h1{color:#005493;font-size:17pt;margin-bottom:2pt}h2{color:#005493;font-size:12pt;")
        .append("border-bottom:1px solid #005493;margin-top:14pt;page-break-after:avoid}")
        .append("table{border-collapse:collapse;width:100%;page-break-inside:auto}tr{page-break-inside:avoid}th,td{border-bottom:1px solid #ddd;padding:3pt;")
        .append("text-align:left;vertical-align:top}th{background:#eef3f8}.meta td{border:none;padding:1pt 6pt 1pt 0}")
        .append(".summary{white-space:pre-wrap}@page{size:A4;margin:1.5cm 1cm;")
        .append("@bottom-right{content:\"Seite \" counter(page) \" von \" counter(pages);font-size:8pt;font-family:Helvetica,Arial,sans-serif}}</style></head><body>");
    html.append("<h1>Protokoll des Jour fixe ").append(esc(businessKey)).append("</h1>")
        .append("<table class=\"meta\">")
        .append(row("Termin", JourFixeService.GERMAN_DATE.format(meeting.meetingDate())))
        .append(row("Moderation", JourFixeService.groupName(meeting.moderatorGroup())))
        .append(row("Protokoll", JourFixeService.groupName(meeting.minuteTakerGroup())))
        .append(row("Entschuldigt", meeting.absentNames()));
    if (meeting.roleChangeReason() != null) {
      html.append(row("Rollen/Termin", meeting.roleChangeReason()));
    }
    html.append("</table>");
    html.append("<h2>Zusammenfassung</h2><p class=\"summary\">").append(esc(meeting.minutesText())).append("</p>");

    html.append("<h2>Beschlüsse</h2><table><tr><th>TOP</th><th>Gegenstand</th><th>Beschluss</th><th>Wortlaut / Begründung</th></tr>");
    List<JourFixeService.MinutesEntry> entries = service.minutesEntries(businessKey);
    if (entries.isEmpty()) {
      html.append("<tr><td colspan=\"4\">keine Tagesordnungspunkte</td></tr>");
    }
    for (JourFixeService.MinutesEntry entry : entries) {
      html.append("<tr><td>").append(entry.number()).append("</td><td>").append(esc(entry.title())).append("</td><td>")
          .append(esc(entry.decision() == null ? "–" : DECISION_NAMES.getOrDefault(entry.decision(), entry.decision())))
          .append("</td><td>").append(esc(entry.decisionText())).append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2>Maßnahmen</h2><table><tr><th>Nr.</th><th>Verantwortlich</th><th>Frist</th><th>Maßnahme</th></tr>");
    List<JourFixeService.ActionItemRow> actions = service.actionItemsOf(businessKey);
    if (actions.isEmpty()) {
      html.append("<tr><td colspan=\"4\">keine Maßnahmen beschlossen</td></tr>");
    }
    int number = 1;
    for (JourFixeService.ActionItemRow action : actions) {
      html.append("<tr><td>").append(number++).append("</td><td>").append(esc(JourFixeService.groupName(action.ownerGroup())))
          .append("</td><td>").append(JourFixeService.GERMAN_DATE.format(action.dueDate())).append("</td><td>")
          .append(esc(action.description())).append("</td></tr>");
    }
    html.append("</table><p>Die Maßnahmen erscheinen als Aufgabe „Maßnahme umsetzen“ bei der verantwortlichen Gruppe; ")
        .append("offene Maßnahmen stehen im Monitoringbericht des nächsten Jour fixe.</p></body></html>\n");
    return html.toString();
  }

  private static String row(String label, String value) {
    return "<tr><td><b>" + esc(label) + "</b></td><td>" + esc(value) + "</td></tr>";
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text);
  }
}
