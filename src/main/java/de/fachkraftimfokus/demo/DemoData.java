package de.fachkraftimfokus.demo;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.coordination.ActivityType;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.coordination.StatementKind;
import de.fachkraftimfokus.demo.DemoCompanies.DemoCompany;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.AgendaItem;
import de.fachkraftimfokus.jourfixe.JourFixeProcess;
import de.fachkraftimfokus.jourfixe.JourFixeService;
import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.region.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The living demo data of the local demo mode (README „Was Sie sehen“): a deterministic set of work
 * in all five regions and every state, played through the processes as their users would do it,
 * with the engine's clock moved so that history spreads over the past five months. Created once
 * per database; the engine property {@link #SEEDED} remembers it.
 */
@Service
public class DemoData {

  /** Engine property set when the seeding begins (value: the day the data was laid out around). */
  public static final String SEEDED = "fkif.demo.seeded";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String AC = AdvisoryCaseProcess.Element.CLEARING;
  private static final String MS_USER = "ms.referat";
  private static final String STK_USER = "stk.gs";
  /**
   * The companies of the closed cases (indexes into {@link DemoCompanies#ALL}), none of the open work:
   * a company asking again within weeks would meet its earlier partners' contacts, a double approach.
   */
  private static final int[] CLOSED = {2, 6, 10, 13, 14, 18, 20, 21, 22, 23};

  private final ProcessEngine engine;
  private final ManagementService management;
  private final ContactRegister contacts;
  private final CompanyRegistry companies;
  private final JourFixeService jourFixe;

  public DemoData(ProcessEngine engine, ContactRegister contacts, CompanyRegistry companies, JourFixeService jourFixe) {
    this.engine = engine;
    this.management = engine.getManagementService();
    this.contacts = contacts;
    this.companies = companies;
    this.jourFixe = jourFixe;
  }

  /** What the seeding created: business keys by the state they were left in. */
  public record Seeded(Map<String, List<String>> keysByState) {

    public List<String> keys(String state) {
      return keysByState.getOrDefault(state, List.of());
    }
  }

  public boolean seeded() {
    return management.getProperties().containsKey(SEEDED);
  }

  /**
   * Lays the demo work out around the given day (the last steps happen the day before it). Refuses
   * to run twice on one database: a seeding that failed half-way is not repeated on top of itself.
   */
  public Seeded seed(LocalDate today) {
    if (seeded()) {
      throw new IllegalStateException("Demodaten sind in dieser Datenbank schon angelegt");
    }
    management.setProperty(SEEDED, today.toString());
    DemoStory story = new DemoStory(engine);
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try {
      closedCases(story, today, keys);
      openCases(story, today, keys);
      coordinationRequests(story, today, keys);
      jourFixe(story, today, keys);
    } finally {
      story.end();
    }
    keys.forEach((state, list) -> LOG.info("Demodaten: {} × {}", list.size(), state));
    return new Seeded(keys);
  }

  // ------------------------------------------------------------------ advisory cases

  /** Ten closed cases, one every twelve days from five and a half months ago, all three paths. */
  private void closedCases(DemoStory story, LocalDate today, Map<String, List<String>> keys) {
    for (int k = 0; k < 10; k++) {
      DemoCompany company = DemoCompanies.ALL.get(CLOSED[k]);
      LocalDate day = today.minusDays(170 - 12L * k);
      ProcessInstance pi = openCase(story, day, company);
      switch (k % 3) {
        case 0 -> {
          clearing(story, pi, day.plusDays(2), List.of("NETWORKING"), "NIEDRIG");
          options(story, pi, day.plusDays(3));
          Map<String, Object> advice = new HashMap<>();
          AdvisoryCaseProcess.Var.BASIC_ADVICE_TOPICS.put(advice, List.of("FUNDING", "NETWORKING"));
          AdvisoryCaseProcess.Var.BASIC_ADVICE_NOTE.put(advice,
              "Förderprogramme erläutert, Unternehmerstammtisch der Region empfohlen");
          story.on(day.plusDays(6), 1).complete(pi, AdvisoryCaseProcess.Element.DOCUMENT_BASIC_ADVICE, advice);
          close(story, pi, day.plusDays(7), "GELOEST");
        }
        case 1 -> {
          clearing(story, pi, day.plusDays(2), List.of("RECRUITING"), "NORMAL");
          options(story, pi, day.plusDays(3));
          ProcessInstance referral = story.called(pi.getBusinessKey() + "-W1");
          accept(story, referral, day.plusDays(5));
          firstContact(story, referral, day.plusDays(9));
          result(story, referral, day.plusDays(24), "ABGESCHLOSSEN", "Zwei Stellen besetzt, Matching über PFIFF");
          close(story, pi, day.plusDays(26), "GELOEST");
        }
        default -> {
          ProcessInstance coordinated = coordinatedUntilStatusRound(story, pi, day);
          story.on(day.plusDays(31), 2).complete(coordinated, AdvisoryCaseProcess.Element.STATUS_ROUND,
              values(AdvisoryCaseProcess.Var.STATUS_NOTE, "Alle Partner im Gespräch, erste Bewerbungen"));
          for (int n = 1; n <= 3; n++) {
            ProcessInstance referral = story.called(pi.getBusinessKey() + "-W" + n);
            if (story.openTasks(referral, ReferralProcess.Element.ACCEPT_REFERRAL).isEmpty()) {
              continue;
            }
            accept(story, referral, day.plusDays(32));
            firstContact(story, referral, day.plusDays(33));
            result(story, referral, day.plusDays(40 + n), n == 3 ? "KEIN_BEDARF" : "ABGESCHLOSSEN",
                "Begleitung abgeschlossen");
          }
          Map<String, Object> evaluation = values(AdvisoryCaseProcess.Var.GOALS_REACHED, "TEILWEISE");
          AdvisoryCaseProcess.Var.SUPPORT_EVALUATION.put(evaluation, "Zwei Fachkräfte gewonnen, Ausbildungsplatz offen");
          story.on(day.plusDays(45), 1).complete(pi, AdvisoryCaseProcess.Element.EVALUATE_SUPPORT, evaluation);
          close(story, pi, day.plusDays(46), "IN_UMSETZUNG");
        }
      }
      keys.computeIfAbsent("abgeschlossen", s -> new ArrayList<>()).add(pi.getBusinessKey());
    }
  }

  /** Open work of every kind, in all five regions. */
  private void openCases(DemoStory story, LocalDate today, Map<String, List<String>> keys) {
    // new cases at clearing, one per region; the one in the Harz waits since 16 days: overdue
    for (Region region : Region.values()) {
      DemoCompany company = DemoCompanies.in(region).get(0);
      LocalDate day = today.minusDays(region == Region.HARZ ? 16 : 1 + region.ordinal() % 3);
      add(keys, "clearing", openCase(story, day, company));
    }
    // three cases waiting for options
    for (int i = 0; i < 3; i++) {
      DemoCompany company = DemoCompanies.ALL.get(new int[] {1, 4, 8}[i]);
      ProcessInstance pi = openCase(story, today.minusDays(7 + i), company);
      clearing(story, pi, today.minusDays(4 + i), List.of("RECRUITING", "ATTRACTIVENESS"), "NORMAL");
      add(keys, "developOptions", pi);
    }
    // referrals: open, overdue, accepted (first contact to document), declined (coach decides)
    ProcessInstance open = toReferral(story, DemoCompanies.ALL.get(5), today.minusDays(9));
    add(keys, "referral-offen", story.called(open.getBusinessKey() + "-W1"));
    ProcessInstance overdue = toReferral(story, DemoCompanies.ALL.get(12), today.minusDays(30));
    add(keys, "referral-ueberfaellig", story.called(overdue.getBusinessKey() + "-W1"));
    ProcessInstance accepted = toReferral(story, DemoCompanies.ALL.get(16), today.minusDays(12));
    ProcessInstance acceptedReferral = story.called(accepted.getBusinessKey() + "-W1");
    accept(story, acceptedReferral, today.minusDays(5));
    add(keys, "referral-angenommen", acceptedReferral);
    ProcessInstance declined = toReferral(story, DemoCompanies.ALL.get(19), today.minusDays(8));
    ProcessInstance declinedReferral = story.called(declined.getBusinessKey() + "-W1");
    Map<String, Object> decline = values(ReferralProcess.Var.REFERRAL_DECISION, ReferralProcess.DECLINE);
    ReferralProcess.Var.DECLINE_REASON.put(decline, "Keine Kapazität vor März, bitte Einzelprojekt prüfen");
    story.on(today.minusDays(3), 2).complete(declinedReferral, ReferralProcess.Element.ACCEPT_REFERRAL, decline);
    add(keys, "referral-abgelehnt", declinedReferral);
    // coordinated support, the status round after four weeks is due
    ProcessInstance coordinated = coordinatedUntilStatusRound(story,
        openCase(story, today.minusDays(33), DemoCompanies.ALL.get(17)), today.minusDays(33));
    add(keys, "statusRound", coordinated);
    // a double approach: PFIFF is in contact with the company, the Regiocoach now opens a case
    DemoCompany twice = DemoCompanies.ALL.get(9);
    story.on(today.minusDays(20), 1);
    long companyId = companies.findOrCreate(new CompanyData(twice.name(), twice.postcode(), twice.district().id(),
        twice.sector(), twice.sizeBand())).id();
    contacts.register(companyId, PartnerGroup.PFIFF.id(), twice.region().id(), "PFIFF-PORTAL-DEMO-0815",
        "Matching Fachkräfte", "pfiff." + twice.region().id(), false);
    add(keys, "coordinateApproach", openCase(story, today.minusDays(1), twice));
  }

  private ProcessInstance openCase(DemoStory story, LocalDate day, DemoCompany company) {
    Map<String, Object> start = new HashMap<>();
    AdvisoryCaseProcess.Var.COMPANY_NAME.put(start, company.name());
    AdvisoryCaseProcess.Var.COMPANY_POSTCODE.put(start, company.postcode());
    AdvisoryCaseProcess.Var.DISTRICT.put(start, company.district().id());
    AdvisoryCaseProcess.Var.SECTOR.put(start, company.sector());
    AdvisoryCaseProcess.Var.SIZE_BAND.put(start, company.sizeBand());
    AdvisoryCaseProcess.Var.CONTACT_NAME.put(start, company.contactName());
    AdvisoryCaseProcess.Var.CONTACT_EMAIL.put(start, company.contactEmail());
    AdvisoryCaseProcess.Var.INQUIRY_SOURCE.put(start, "UNTERNEHMEN");
    AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.put(start, company.inquiry());
    AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.put(start, true);
    return story.on(day, 0).start("coach." + company.region().id(), AdvisoryCaseProcess.KEY, start);
  }

  private void clearing(DemoStory story, ProcessInstance pi, LocalDate day, List<String> needs, String urgency) {
    Map<String, Object> clearing = new HashMap<>();
    AdvisoryCaseProcess.Var.NEEDS.put(clearing, needs);
    AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.put(clearing, "Bewerbungen bleiben aus, Stellen sind seit Monaten offen");
    AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.put(clearing, "Eigene Auszubildende übernehmen, Stellenanzeigen überarbeiten");
    AdvisoryCaseProcess.Var.URGENCY.put(clearing, urgency);
    story.on(day, 1).complete(pi, AC, clearing);
  }

  /** The Regiocoach follows the recommendation of the offer table. */
  private void options(DemoStory story, ProcessInstance pi, LocalDate day) {
    Map<String, Object> options = new HashMap<>();
    AdvisoryCaseProcess.Var.CASE_PATH.put(options,
        (String) story.variable(pi, AdvisoryCaseProcess.Var.RECOMMENDED_PATH.name()));
    AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.put(options, AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.get(
        Map.of(AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.name(),
            story.variable(pi, AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.name()))));
    AdvisoryCaseProcess.Var.OPTIONS_SUMMARY.put(options, "Optionen mit der Geschäftsführung besprochen");
    story.on(day, 2).complete(pi, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS, options);
  }

  private ProcessInstance toReferral(DemoStory story, DemoCompany company, LocalDate day) {
    ProcessInstance pi = openCase(story, day, company);
    clearing(story, pi, day.plusDays(1), List.of("RECRUITING"), "HOCH");
    options(story, pi, day.plusDays(2));
    return pi;
  }

  /** Clearing with three needs, coordinated support plan, three referrals, four weeks later the status round. */
  private ProcessInstance coordinatedUntilStatusRound(DemoStory story, ProcessInstance pi, LocalDate day) {
    clearing(story, pi, day.plusDays(1), List.of("RECRUITING", "GRADUATES", "APPRENTICESHIP"), "HOCH");
    options(story, pi, day.plusDays(2));
    story.on(day.plusDays(3), 1).complete(pi, AdvisoryCaseProcess.Element.CREATE_SUPPORT_PLAN,
        values(AdvisoryCaseProcess.Var.SUPPORT_PLAN, "Drei Partner parallel, Ziele bis Ende des Quartals"));
    story.on(day.plusDays(31), 0).fireTimer(pi, AdvisoryCaseProcess.Element.STATUS_ROUND_DUE);
    return pi;
  }

  private void accept(DemoStory story, ProcessInstance referral, LocalDate day) {
    story.on(day, 1).complete(referral, ReferralProcess.Element.ACCEPT_REFERRAL,
        values(ReferralProcess.Var.REFERRAL_DECISION, ReferralProcess.ACCEPT));
  }

  private void firstContact(DemoStory story, ProcessInstance referral, LocalDate day) {
    Map<String, Object> contact = values(ReferralProcess.Var.FIRST_CONTACT_DATE, day);
    ReferralProcess.Var.FIRST_CONTACT_NOTE.put(contact, "Termin vor Ort mit der Geschäftsführung");
    story.on(day, 3).complete(referral, ReferralProcess.Element.DOCUMENT_FIRST_CONTACT, contact);
  }

  private void result(DemoStory story, ProcessInstance referral, LocalDate day, String outcome, String summary) {
    Map<String, Object> result = values(ReferralProcess.Var.REFERRAL_OUTCOME, outcome);
    ReferralProcess.Var.RESULT_SUMMARY.put(result, summary);
    story.on(day, 4).complete(referral, ReferralProcess.Element.REPORT_RESULT, result);
  }

  private void close(DemoStory story, ProcessInstance pi, LocalDate day, String outcome) {
    Map<String, Object> close = values(AdvisoryCaseProcess.Var.CASE_OUTCOME, outcome);
    AdvisoryCaseProcess.Var.COMPANY_OWN_ACTIONS.put(close, "Führt Mitarbeitergespräche jetzt selbst");
    story.on(day, 5).complete(pi, AdvisoryCaseProcess.Element.CLOSE_CASE, close);
  }

  // ------------------------------------------------------------------ coordination requests

  /** MS announces: one agreed by all, one in statement, one in clarification after an objection. */
  private void coordinationRequests(DemoStory story, LocalDate today, Map<String, List<String>> keys) {
    ProcessInstance agreed = announce(story, today.minusDays(60), ActivityType.EVALUATION,
        "Evaluation der Übergangsstrukturen Schule–Beruf", List.of("C", "F"), List.of("harz", "magdeburg"), 0);
    for (Task task : story.openTasks(agreed, CoordinationRequestProcess.Element.GIVE_STATEMENT)) {
      statement(story, agreed, task, today.minusDays(57), StatementKind.ZUSTIMMUNG, null);
    }
    add(keys, "vorabstimmung-abgestimmt", agreed);

    ProcessInstance objected = announce(story, today.minusDays(12), ActivityType.COMPANY_SURVEY,
        "Befragung zur Arbeitgeberattraktivität im Handwerk", List.of("F"), List.of("halle", "anhalt"), 300);
    List<Task> asked = story.openTasks(objected, CoordinationRequestProcess.Element.GIVE_STATEMENT);
    for (int i = 0; i < asked.size(); i++) {
      statement(story, objected, asked.get(i), today.minusDays(9), i == 0 ? StatementKind.EINWAND : StatementKind.ZUSTIMMUNG,
          i == 0 ? "Überschneidet sich mit der Handwerkskammer-Umfrage im selben Zeitraum." : null);
    }
    add(keys, "vorabstimmung-klaerung", objected);

    ProcessInstance inStatement = announce(story, today.minusDays(3), ActivityType.COMPANY_SURVEY,
        "Befragung zum Weiterbildungsbedarf in der Pflege", List.of("Q"), List.of("altmark"), 150);
    List<Task> open = story.openTasks(inStatement, CoordinationRequestProcess.Element.GIVE_STATEMENT);
    for (Task task : open.subList(0, Math.min(2, open.size()))) {
      statement(story, inStatement, task, today.minusDays(1), StatementKind.ZUSTIMMUNG, null);
    }
    add(keys, "vorabstimmung-stellungnahme", inStatement);
  }

  private ProcessInstance announce(DemoStory story, LocalDate day, ActivityType type, String title, List<String> sectors,
      List<String> regions, long expectedCompanies) {
    Map<String, Object> start = new HashMap<>();
    CoordinationRequestProcess.Var.ACTIVITY_TYPE.put(start, type.name());
    CoordinationRequestProcess.Var.TITLE.put(start, title);
    CoordinationRequestProcess.Var.DESCRIPTION.put(start, "Ziel, Methode und Zeitraum wie im Konzept des Referats");
    CoordinationRequestProcess.Var.SECTORS.put(start, sectors);
    CoordinationRequestProcess.Var.REGIONS.put(start, regions);
    CoordinationRequestProcess.Var.SIZE_BANDS.put(start, List.of());
    CoordinationRequestProcess.Var.PERIOD_START.put(start, day.plusDays(45));
    CoordinationRequestProcess.Var.PERIOD_END.put(start, day.plusDays(100));
    CoordinationRequestProcess.Var.LEAD_PARTNER.put(start, PartnerGroup.MS.id());
    CoordinationRequestProcess.Var.EXPECTED_COMPANIES.put(start, expectedCompanies);
    return story.on(day, 0).start(MS_USER, CoordinationRequestProcess.KEY, start);
  }

  private void statement(DemoStory story, ProcessInstance pi, Task task, LocalDate day, StatementKind kind, String text) {
    Map<String, Object> statement = values(CoordinationRequestProcess.Var.STATEMENT, kind.name());
    CoordinationRequestProcess.Var.STATEMENT_TEXT.put(statement, text);
    story.on(day, 2).complete(task, statement, pi);
  }

  // ------------------------------------------------------------------ Jour fixe

  /** A past Jour fixe with minutes and two open action items; the next one is being prepared. */
  private void jourFixe(DemoStory story, LocalDate today, Map<String, List<String>> keys) {
    LocalDate meeting = today.minusDays(16);
    ProcessInstance past = story.on(today.minusDays(30), 0).start(STK_USER, JourFixeProcess.KEY,
        values(JourFixeProcess.Var.MEETING_DATE, meeting));
    prepare(story, past, meeting, today.minusDays(29), true);
    story.on(meeting.minusDays(4), 1).complete(past, JourFixeProcess.Element.FINALIZE_AGENDA,
        values(JourFixeProcess.Var.AGENDA_ITEMS, JourFixeProcess.Var.AGENDA_ITEMS.get(
            Map.of(JourFixeProcess.Var.AGENDA_ITEMS.name(),
                story.variable(past, JourFixeProcess.Var.AGENDA_ITEMS.name())))));
    story.on(meeting, 8).fireTimer(past, JourFixeProcess.Element.WAIT_FOR_MEETING);
    List<JourFixeProcess.DecisionRow> decisions = new ArrayList<>();
    for (AgendaItem item : jourFixe.agenda(past.getBusinessKey())) {
      decisions.add(new JourFixeProcess.DecisionRow(item.id(), item.title(),
          item.sourceType() == AgendaSource.COORDINATION_REQUEST ? "ZUGESTIMMT" : "ZUR_KENNTNIS",
          item.sourceType() == AgendaSource.COORDINATION_REQUEST ? "Der Jour fixe stimmt dem Vorhaben zu."
              : "Die Partner nehmen den Punkt zur Kenntnis."));
    }
    Map<String, Object> minutes = values(JourFixeProcess.Var.MINUTES_TEXT,
        "Ergebnisprotokoll: Erfahrungen der Partner ausgetauscht, Übergaben zwischen Regiocoaches und PFIFF besprochen.");
    JourFixeProcess.Var.DECISIONS.put(minutes, decisions);
    JourFixeProcess.Var.ACTION_ITEMS.put(minutes, List.of(
        new JourFixeProcess.ActionRow(PartnerGroup.PFIFF.id(), today.plusDays(14).toString(),
            "Übergabeprozess Regiocoach → PFIFF beschreiben"),
        new JourFixeProcess.ActionRow(PartnerGroup.STK.id(), today.plusDays(21).toString(),
            "Termin der gemeinsamen Fachveranstaltung vorschlagen")));
    story.on(meeting.plusDays(2), 1).complete(past, JourFixeProcess.Element.WRITE_MINUTES, minutes);
    story.on(meeting.plusDays(4), 1).complete(past, JourFixeProcess.Element.APPROVE_MINUTES,
        values(JourFixeProcess.Var.MINUTES_APPROVAL, JourFixeProcess.APPROVE));
    add(keys, "jourfixe-protokolliert", past);

    LocalDate next = today.plusDays(12);
    ProcessInstance coming = story.on(today.minusDays(3), 0).start(STK_USER, JourFixeProcess.KEY,
        values(JourFixeProcess.Var.MEETING_DATE, next));
    prepare(story, coming, next, today.minusDays(2), false);
    add(keys, "jourfixe-vorbereitung", coming);
  }

  /** Date confirmed, invitation out; every partner (or the first two) contributes. */
  private void prepare(DemoStory story, ProcessInstance pi, LocalDate meeting, LocalDate day, boolean all) {
    story.on(day, 1).complete(pi, JourFixeProcess.Element.CONFIRM_DATE, values(JourFixeProcess.Var.MEETING_DATE, meeting));
    List<Task> contributions = story.openTasks(pi, JourFixeProcess.Element.PREPARE_CONTRIBUTION);
    for (Task task : all ? contributions : contributions.subList(0, Math.min(2, contributions.size()))) {
      Map<String, Object> contribution = values(JourFixeProcess.Var.EXPERIENCES,
          "Mehr Anfragen aus dem Handwerk, Übergaben klappen meist innerhalb einer Woche");
      JourFixeProcess.Var.INTERFACE_PROBLEMS.put(contribution, "Übergabe Regiocoach an PFIFF dauert manchmal zu lange");
      story.on(day.plusDays(3), 2).complete(task, contribution, pi);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static <T> Map<String, Object> values(Variable<T> variable, T value) {
    Map<String, Object> values = new HashMap<>();
    variable.put(values, value);
    return values;
  }

  private static void add(Map<String, List<String>> keys, String state, ProcessInstance instance) {
    keys.computeIfAbsent(state, s -> new ArrayList<>()).add(instance.getBusinessKey());
  }
}
