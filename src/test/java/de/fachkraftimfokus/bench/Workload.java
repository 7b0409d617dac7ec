package de.fachkraftimfokus.bench;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.identity.DemoUser;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.referral.ReferralProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One benchmark workload: a start with the start form's values, then the steps a user takes in
 * Tasklist, each a task found by a task query and completed with its form's values. The bare twin
 * of a workload has the same start form and one user task per step, with the same forms, and no
 * listener, delegate, decision table or register.
 *
 * @param name how the report calls it
 * @param processKey the platform's process
 * @param starter who starts it
 * @param start the start form's values, typed as Tasklist sends them
 * @param steps the tasks in the order a user works them
 */
record Workload(String name, String processKey, String starter, String startForm, Map<String, Typed> start,
    List<Step> steps) {

  static final String COACH_USER = "coach.harz";
  static final String PFIFF_USER = "pfiff.harz";
  static final String TRANSFER_USER = "transfer";
  static final String AZUBI_USER = "azubicoach";
  static final String MS_USER = "ms.referat";

  /** A variable as Tasklist submits it: value and Camunda type name (String, Json, Boolean, Long). */
  record Typed(Object value, String type) {

    static Typed text(String value) {
      return new Typed(value, "String");
    }

    static Typed json(String value) {
      return new Typed(value, "Json");
    }
  }

  /**
   * One task of the workload: its definition key in the platform, the form it shows, the group
   * that works it, the user, and the values submitted.
   */
  record Step(String taskKey, String form, String group, String user, Map<String, Typed> values) {}

  /** The twin's process key for this workload. */
  String twinKey() {
    return "bench-twin-" + name;
  }

  /** The twin's task id of step i (the same task kind can come more than once in a twin). */
  static String twinTaskKey(Step step, int index) {
    return step.taskKey() + "_" + index;
  }

  static List<Workload> all() {
    return List.of(basicAdvice(), referral(), coordinated(), coordinationRequest());
  }

  static Workload startsOnly() {
    return new Workload("starts", AdvisoryCaseProcess.KEY, COACH_USER, "advisoryCaseStartForm", caseStart(), List.of());
  }

  static Workload basicAdvice() {
    return new Workload("grundberatung", AdvisoryCaseProcess.KEY, COACH_USER, "advisoryCaseStartForm", caseStart(), List.of(
        clearing("[\"NETWORKING\"]", "NORMAL"),
        options("GRUNDBERATUNG", "[]"),
        coach(AdvisoryCaseProcess.Element.DOCUMENT_BASIC_ADVICE, "documentBasicAdviceForm", values(
            AdvisoryCaseProcess.Var.BASIC_ADVICE_TOPICS.name(), Typed.json("[\"FUNDING\",\"NETWORKING\"]"),
            AdvisoryCaseProcess.Var.BASIC_ADVICE_NOTE.name(), Typed.text("Förderprogramme erläutert"))),
        close()));
  }

  static Workload referral() {
    List<Step> steps = new ArrayList<>();
    steps.add(clearing("[\"RECRUITING\"]", "NORMAL"));
    steps.add(options("WEITERVERMITTLUNG", "[\"pfiff-fachkraeftegewinnung\"]"));
    steps.addAll(referralSteps(PartnerGroup.PFIFF.regionalGroupId(de.fachkraftimfokus.region.Region.HARZ), PFIFF_USER));
    steps.add(close());
    return new Workload("weitervermittlung", AdvisoryCaseProcess.KEY, COACH_USER, "advisoryCaseStartForm", caseStart(),
        steps);
  }

  static Workload coordinated() {
    List<Step> steps = new ArrayList<>();
    steps.add(clearing("[\"RECRUITING\",\"GRADUATES\",\"APPRENTICESHIP\"]", "HOCH"));
    steps.add(options("KOORDINIERTE_BEGLEITUNG",
        "[\"pfiff-fachkraeftegewinnung\",\"transferzentren-matching\",\"ausbildungscoaches-ausbildung\"]"));
    steps.add(coach(AdvisoryCaseProcess.Element.CREATE_SUPPORT_PLAN, "createSupportPlanForm",
        values(AdvisoryCaseProcess.Var.SUPPORT_PLAN.name(), Typed.text("Drei Partner parallel"))));
    steps.addAll(referralSteps(PartnerGroup.PFIFF.regionalGroupId(de.fachkraftimfokus.region.Region.HARZ), PFIFF_USER));
    steps.addAll(referralSteps(PartnerGroup.TRANSFERZENTREN.id(), TRANSFER_USER));
    steps.addAll(referralSteps(PartnerGroup.AUSBILDUNGSCOACHES.id(), AZUBI_USER));
    steps.add(coach(AdvisoryCaseProcess.Element.EVALUATE_SUPPORT, "evaluateSupportForm", values(
        AdvisoryCaseProcess.Var.GOALS_REACHED.name(), Typed.text("TEILWEISE"),
        AdvisoryCaseProcess.Var.SUPPORT_EVALUATION.name(), Typed.text("Zwei Fachkräfte gewonnen"))));
    steps.add(close());
    return new Workload("koordiniert", AdvisoryCaseProcess.KEY, COACH_USER, "advisoryCaseStartForm", caseStart(), steps);
  }

  static Workload coordinationRequest() {
    LocalDate start = LocalDate.now().plusDays(60);
    Map<String, Typed> announce = values(
        CoordinationRequestProcess.Var.ACTIVITY_TYPE.name(), Typed.text("EVALUATION"),
        CoordinationRequestProcess.Var.TITLE.name(), Typed.text("Benchmark-Evaluation"),
        CoordinationRequestProcess.Var.DESCRIPTION.name(), Typed.text("Wirkung der Angebote"),
        CoordinationRequestProcess.Var.SECTORS.name(), Typed.json("[\"C\"]"),
        CoordinationRequestProcess.Var.REGIONS.name(), Typed.json("[\"harz\"]"),
        CoordinationRequestProcess.Var.SIZE_BANDS.name(), Typed.json("[]"),
        CoordinationRequestProcess.Var.PERIOD_START.name(), Typed.text(start.toString()),
        CoordinationRequestProcess.Var.PERIOD_END.name(), Typed.text(start.plusDays(60).toString()),
        CoordinationRequestProcess.Var.LEAD_PARTNER.name(), Typed.text(PartnerGroup.MS.id()),
        CoordinationRequestProcess.Var.EXPECTED_COMPANIES.name(), new Typed(0L, "Long"));
    List<Step> steps = new ArrayList<>();
    for (PartnerGroup partner : PartnerGroup.workingPartners()) {
      if (partner == PartnerGroup.MS) {
        continue;
      }
      String user = DemoUser.all().stream().filter(u -> u.groupIds().contains(partner.id())).findFirst().orElseThrow().id();
      steps.add(new Step(CoordinationRequestProcess.Element.GIVE_STATEMENT, "giveStatementForm", partner.id(), user,
          values(CoordinationRequestProcess.Var.STATEMENT.name(), Typed.text("ZUSTIMMUNG"))));
    }
    return new Workload("vorabstimmung", CoordinationRequestProcess.KEY, MS_USER, "coordinationRequestStartForm",
        announce, steps);
  }

  private static Map<String, Typed> caseStart() {
    return values(
        AdvisoryCaseProcess.Var.COMPANY_NAME.name(), Typed.text("Benchmark Metallbau {unique} GmbH"),
        AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), Typed.text("38855"),
        AdvisoryCaseProcess.Var.DISTRICT.name(), Typed.text("harz"),
        AdvisoryCaseProcess.Var.SECTOR.name(), Typed.text("C"),
        AdvisoryCaseProcess.Var.SIZE_BAND.name(), Typed.text("10-49"),
        AdvisoryCaseProcess.Var.CONTACT_NAME.name(), Typed.text("Erika Beispiel"),
        AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), Typed.text("e.beispiel@example.org"),
        AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), Typed.text("UNTERNEHMEN"),
        AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.name(), Typed.text("Sucht zwei Zerspanungsmechaniker"),
        AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.name(), new Typed(true, "Boolean"));
  }

  private static Step clearing(String needs, String urgency) {
    return coach(AdvisoryCaseProcess.Element.CLEARING, "clearingForm", values(
        AdvisoryCaseProcess.Var.NEEDS.name(), Typed.json(needs),
        AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.name(), Typed.text("Bewerbungen bleiben aus"),
        AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.name(), Typed.text("Eigene Azubis übernehmen"),
        AdvisoryCaseProcess.Var.URGENCY.name(), Typed.text(urgency)));
  }

  private static Step options(String path, String offers) {
    return coach(AdvisoryCaseProcess.Element.DEVELOP_OPTIONS, "developOptionsForm", values(
        AdvisoryCaseProcess.Var.CASE_PATH.name(), Typed.text(path),
        AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.name(), Typed.json(offers),
        AdvisoryCaseProcess.Var.OPTIONS_SUMMARY.name(), Typed.text("Optionen besprochen")));
  }

  private static Step close() {
    return coach(AdvisoryCaseProcess.Element.CLOSE_CASE, "closeCaseForm", values(
        AdvisoryCaseProcess.Var.CASE_OUTCOME.name(), Typed.text("GELOEST"),
        AdvisoryCaseProcess.Var.COMPANY_OWN_ACTIONS.name(), Typed.text("Führt Gespräche jetzt selbst")));
  }

  private static List<Step> referralSteps(String group, String user) {
    return List.of(
        new Step(ReferralProcess.Element.ACCEPT_REFERRAL, "acceptReferralForm", group, user,
            values(ReferralProcess.Var.REFERRAL_DECISION.name(), Typed.text(ReferralProcess.ACCEPT))),
        new Step(ReferralProcess.Element.DOCUMENT_FIRST_CONTACT, "documentFirstContactForm", group, user, values(
            ReferralProcess.Var.FIRST_CONTACT_DATE.name(), Typed.text(LocalDate.now().toString()),
            ReferralProcess.Var.FIRST_CONTACT_NOTE.name(), Typed.text("Termin vor Ort"))),
        new Step(ReferralProcess.Element.REPORT_RESULT, "reportResultForm", group, user, values(
            ReferralProcess.Var.REFERRAL_OUTCOME.name(), Typed.text("ABGESCHLOSSEN"),
            ReferralProcess.Var.RESULT_SUMMARY.name(), Typed.text("Stelle besetzt"))));
  }

  private static Step coach(String taskKey, String form, Map<String, Typed> values) {
    return new Step(taskKey, form, PartnerGroup.NETWORK_KMU.regionalGroupId(de.fachkraftimfokus.region.Region.HARZ),
        COACH_USER, values);
  }

  private static Map<String, Typed> values(Object... pairs) {
    Map<String, Typed> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], (Typed) pairs[i + 1]);
    }
    return values;
  }

  /** The start values with a fresh company name (the register would otherwise see one company). */
  Map<String, Typed> freshStart() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Typed> fresh = new LinkedHashMap<>();
    start.forEach((name, typed) -> fresh.put(name, typed.value() instanceof String text
        ? new Typed(text.replace("{unique}", unique), typed.type()) : typed));
    return fresh;
  }
}
