package de.fachkraftimfokus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * The mail templates under {@code templates/mail/}: each mail is a subject and a text, fills from
 * the model its sender gives, and refuses to go out when a value is missing. The words themselves
 * belong to the process owners and are not pinned here; the process tests read the mails sent.
 */
@DisplayName("Mailvorlagen")
class MailTemplatesTest {

  private static final Notifier NOTIFIER = new Notifier(null, null, null, null,
      new NotificationProperties("fachkraft-im-fokus@sachsen-anhalt.invalid", "http://127.0.0.1:8080", false,
          java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(1)),
      new DocumentTemplates(), null);

  /** The model each sender gives (keys as in the delegates), with every value the mail shows. */
  static Map<String, Map<String, Object>> models() {
    Map<String, Map<String, Object>> models = new TreeMap<>();
    Map<String, Object> approach = Map.of("companyName", "Muster GmbH", "businessKey", "BF-2026-00001",
        "region", "harz", "coachGroup", "network-kmu-harz", "approachNote", "PFIFF übernimmt die Beratung");
    models.put("approach-handover", approach);
    models.put("approach-we-lead", approach);
    Map<String, Object> activity = new HashMap<>(Map.of("businessKey", "AB-2026-0001", "title", "Befragung Altmark",
        "type", "Unternehmensbefragung", "periodStart", "01.03.2026", "periodEnd", "30.06.2026",
        "leadPartner", "Ministerium für Arbeit und Soziales"));
    Map<String, Object> published = new HashMap<>(activity);
    published.putAll(Map.of("description", "Zeile 1\nZeile 2", "sectors", "C, F", "regions", "alle", "sizeBands", "alle",
        "expectedCompanies", 120L, "round", 2, "overlapSummary", "Keine Überschneidung.", "dueDate", "15.03.2026"));
    models.put("coordination-published", published);
    Map<String, Object> result = new HashMap<>(activity);
    result.putAll(Map.of("state", "abgestimmt", "resultText", "", "roundSummary", "Runde 2: 5 Zustimmungen"));
    models.put("coordination-result", result);
    Map<String, Object> referral = Map.of("businessKey", "BF-2026-00001-W1", "offerName", "PFIFF",
        "companyName", "Muster GmbH", "dueDate", "10.03.2026 16:00", "coachContact", "Regiocoach der Region harz");
    Map<String, Object> newReferral = new HashMap<>(referral);
    newReferral.putAll(Map.of("district", "Harz", "caseSummary", "Sucht Fachkräfte",
        "contactInfo", "Ansprechperson: Maria Muster, m.muster@example.org"));
    models.put("referral-new", newReferral);
    models.put("referral-reminder", referral);
    models.put("referral-withdrawn", Map.of("referralKey", "BF-2026-00001-W1", "caseKey", "BF-2026-00001",
        "offerName", "PFIFF", "companyName", "Muster GmbH"));
    Map<String, Object> meeting = Map.of("businessKey", "JF-2026-01", "meetingDate", LocalDate.of(2026, 3, 12),
        "moderator", "Ministerium für Arbeit und Soziales", "minuteTaker", "PFIFF – Fachkräfteportal",
        "absent", List.of("Ministerium für Wissenschaft und Wirtschaft", "Transferzentren"));
    Map<String, Object> invitation = new HashMap<>(meeting);
    invitation.putAll(Map.of("contributionDue", LocalDate.of(2026, 3, 7), "roleChangeReason", "Terminkollision"));
    models.put("jour-fixe-invitation", invitation);
    Map<String, Object> agenda = new HashMap<>(meeting);
    agenda.put("agendaText", "TOP 1: Begrüßung\nTOP 2: Verschiedenes\n");
    models.put("jour-fixe-agenda", agenda);
    Map<String, Object> minutes = new HashMap<>(meeting);
    minutes.putAll(Map.of("minutesText", "Ergebnisprotokoll", "minutesPath", "/api/jour-fixe/JF-2026-01/minutes.pdf"));
    models.put("jour-fixe-minutes", minutes);
    Map<String, Object> publicActivity = Map.of("businessKey", "OA-2026-0001", "title", "Workshop Azubi-Marketing",
        "summary", "Unternehmensworkshop „Workshop Azubi-Marketing“\nTermin: 12.05.2026");
    Map<String, Object> publication = new HashMap<>(publicActivity);
    publication.putAll(Map.of("kind", "Unternehmensworkshop", "dueDate", "08.05.2026",
        "calendarPath", "/seiten/oeffentlichkeitsarbeit"));
    models.put("public-activity-published", publication);
    Map<String, Object> activityReminder = new HashMap<>(publicActivity);
    activityReminder.put("dueDate", "08.05.2026");
    models.put("public-activity-reminder", activityReminder);
    Map<String, Object> dateDecision = new HashMap<>(publicActivity);
    dateDecision.putAll(Map.of("kind", "Unternehmensworkshop", "leadPartner", "PFIFF – Fachkräfteportal",
        "decision", "mit dem anderen Partner zusammengelegt", "combinedWith", "OA-2026-0002",
        "note", "Gemeinsamer Termin am 14.05.", "clashSummary", "• OA-2026-0002 Unternehmensworkshop",
        "calendarPath", "/seiten/oeffentlichkeitsarbeit"));
    models.put("public-activity-date-decision", dateDecision);
    Map<String, Object> followUp = new HashMap<>(publicActivity);
    followUp.put("crossLinkSummary", "• Ministerium für Wissenschaft und Wirtschaft: keine Rückmeldung");
    models.put("public-activity-follow-up", followUp);
    Map<String, Object> change = Map.of("businessKey", "PA-2026-0001", "title", "Neues Projekt: „Fachkräfte-Lotsen“",
        "summary", "PA-2026-0001 – Neues Projekt\nGilt ab: 01.09.2026");
    Map<String, Object> announced = new HashMap<>(change);
    announced.putAll(Map.of("tableProposal", "• Neue Zeile ergänzen: Handlungsfeld Zielgruppen", "dueDate", "12.01.2026 23:59"));
    models.put("project-change-announced", announced);
    Map<String, Object> reminder = new HashMap<>(change);
    reminder.putAll(Map.of("dueDate", "12.01.2026 23:59", "regions", "Harz, Halle"));
    models.put("project-change-reminder", reminder);
    Map<String, Object> invitation2 = new HashMap<>(change);
    invitation2.putAll(Map.of("eventSummary", "Termin: 01.10.2026, 10:00 Uhr", "agenda", "1. Änderung\n2. WEITERBILDUNG",
        "reason", "zur Einarbeitung neuer Regiocoaches"));
    models.put("project-change-invitation", invitation2);
    Map<String, Object> conference = Map.of("businessKey", "FV-2027", "year", 2027,
        "summary", "Fachveranstaltung 2027: „Fachkräfte gemeinsam sichern“ am 17.06.2027, in Präsenz, Magdeburg.");
    Map<String, Object> call = new HashMap<>(conference);
    call.put("dueDate", "31.03.2027");
    models.put("annual-conference-call", call);
    Map<String, Object> programme = new HashMap<>(conference);
    programme.putAll(Map.of("programmePath", "/api/annual-conferences/FV-2027/programme.pdf",
        "registrationDeadline", "01.06.2027"));
    models.put("annual-conference-programme", programme);
    Map<String, Object> evaluation = new HashMap<>(conference);
    evaluation.putAll(Map.of("participants", 120, "companies", 45, "registeredParticipants", 110L,
        "registeredCompanies", 40L, "feedbackSummary", "Mehr Praxisbeispiele gewünscht.",
        "followUps", List.of("Praxisbeispiele sammeln")));
    models.put("annual-conference-evaluation", evaluation);
    return models;
  }

  /** Values a mail shows only when there is one (asked with {@code != null} in the template). */
  private static final Set<String> OPTIONAL = Set.of("roleChangeReason", "combinedWith", "note");

  static Stream<String> mails() {
    return models().keySet().stream();
  }

  @Test
  @DisplayName("Jede Mail hat Betreff und Text, und jede Vorlage ist hier bekannt")
  void everyMailHasSubjectAndText() throws IOException, URISyntaxException {
    Path folder = Path.of(MailTemplatesTest.class.getResource("/templates/mail").toURI());
    Set<String> subjects;
    Set<String> texts;
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      subjects = names.stream().filter(n -> n.endsWith(".subject.txt")).map(n -> n.replace(".subject.txt", ""))
          .collect(Collectors.toCollection(TreeSet::new));
      texts = names.stream().filter(n -> n.endsWith(".txt") && !n.endsWith(".subject.txt"))
          .map(n -> n.replace(".txt", "")).collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(subjects).isNotEmpty().isEqualTo(texts).isEqualTo(models().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mails")
  @DisplayName("Die Mail füllt sich ganz aus dem Modell ihres Absenders: Betreff in einer Zeile, kein Platzhalter bleibt")
  void rendersCompletely(String mail) {
    Notifier.RenderedMail rendered = NOTIFIER.render(mail, withPlatformUrl(models().get(mail)));

    assertThat(rendered.subject()).isNotBlank().doesNotContain("\n");
    assertThat(rendered.body()).startsWith("Guten Tag,").endsWith("\n");
    for (String text : List.of(rendered.subject(), rendered.body())) {
      assertThat(text).doesNotContain("[(").doesNotContain("[#").doesNotContain("${").doesNotContain("null");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mails")
  @DisplayName("Fehlt ein Wert, geht die Mail nicht hinaus: die Vorlage nennt ihn")
  void missingValueFails(String mail) {
    Map<String, Object> model = models().get(mail);
    for (String key : model.keySet()) {
      if (OPTIONAL.contains(key)) {
        continue;
      }
      Map<String, Object> incomplete = withPlatformUrl(model);
      incomplete.remove(key);
      assertThatThrownBy(() -> NOTIFIER.render(mail, incomplete)).as(mail + " ohne " + key)
          // "kein Wert für ${key}", or Spring EL's complaint about a method called on nothing
          .isInstanceOf(TemplateProcessingException.class).hasMessageContaining(key)
          .hasMessageContaining("mail/" + mail);
    }
  }

  @Test
  @DisplayName("Ein Zeilenumbruch in einem Wert bleibt im Betreff eine Zeile")
  void lineBreakInValueKeepsSubjectOneLine() {
    Map<String, Object> model = withPlatformUrl(models().get("referral-withdrawn"));
    model.put("companyName", "Muster\nGmbH");

    assertThat(NOTIFIER.render("referral-withdrawn", model).subject()).contains("Muster GmbH").doesNotContain("\n");
  }

  @Test
  @DisplayName("Die Einladung nennt die Beitragsfrist und den Hinweis zu Rollen oder Termin nur, wenn es einen gibt")
  void invitationShowsDeadlineAndOptionalNote() {
    Map<String, Object> model = withPlatformUrl(models().get("jour-fixe-invitation"));
    assertThat(NOTIFIER.render("jour-fixe-invitation", model).body()).contains("bis zum 07.03.2026")
        .contains("Hinweis: Terminkollision")
        .contains("Entschuldigt: Ministerium für Wissenschaft und Wirtschaft, Transferzentren");

    model.put("roleChangeReason", null);
    model.put("absent", List.of());
    assertThat(NOTIFIER.render("jour-fixe-invitation", model).body()).doesNotContain("Hinweis")
        .contains("Entschuldigt: –");
  }

  private static Map<String, Object> withPlatformUrl(Map<String, Object> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("platformUrl", "http://127.0.0.1:8080");
    return full;
  }
}
