package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Three cases in one month of their own (the engine's clock is set there, so no other test's data
 * falls into it): one in the Harz withdrawn at once, one in Halle still at clearing, and one in the
 * Harz where PFIFF was already in contact — a double approach, coordinated („wir übernehmen“) and
 * so avoided. What the dashboard must show for that month is fixed; see the constants.
 */
final class DashboardFixture {

  static final String CONTACT_NAME = "Vertrauliche Ansprechperson";
  static final String CONTACT_EMAIL = "vertraulich.kennzahlen@example.org";

  final YearMonth month;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  final String withdrawnCompany = "Harzer Holzbau " + suffix + " GmbH";
  final String openCompany = "Saale-Drehteile " + suffix + " GmbH";
  final String coordinatedCompany = "Brocken-Metall " + suffix + " KG";
  String withdrawnCase;
  String openCase;
  String openCaseId;
  String coordinatedCase;

  private DashboardFixture(YearMonth month) {
    this.month = month;
  }

  static DashboardFixture create(YearMonth month, RuntimeService runtime, TaskService tasks, ManagementService management,
      CompanyRegistry companies, ContactRegister contacts) {
    DashboardFixture fixture = new DashboardFixture(month);
    ClockUtil.setCurrentTime(Date.from(month.atDay(10).atTime(10, 0).atZone(WorkingDays.ZONE).toInstant()));
    try {
      ProcessInstance withdrawn = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY,
          start(fixture.withdrawnCompany, "38820", "harz"));
      fixture.withdrawnCase = withdrawn.getBusinessKey();
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000));
      runtime.createMessageCorrelation(AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW)
          .processInstanceBusinessKey(withdrawn.getBusinessKey()).correlate();
      ProcessTestSupport.executeDueJobs(management, withdrawn.getId());

      ProcessInstance open = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY,
          start(fixture.openCompany, "06108", "halle"));
      fixture.openCase = open.getBusinessKey();
      fixture.openCaseId = open.getId();

      Map<String, Object> coordinated = start(fixture.coordinatedCompany, "38855", "harz");
      long companyId = companies.findOrCreate(new CompanyData(fixture.coordinatedCompany, "38855", "harz", "C", "10-49")).id();
      contacts.register(companyId, PartnerGroup.PFIFF.id(), "harz", "PFIFF-PORTAL-" + fixture.suffix, "Matching Fachkräfte",
          "pfiff.harz", false);
      ProcessInstance approach = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, coordinated);
      fixture.coordinatedCase = approach.getBusinessKey();
      ProcessTestSupport.complete(tasks, approach.getId(), AdvisoryCaseProcess.Element.COORDINATE_APPROACH,
          Map.of(Var.APPROACH_OUTCOME.name(), ApproachOutcome.WE_LEAD.name(),
              Var.APPROACH_NOTE.name(), "Mit PFIFF Harz abgestimmt: Regiocoach übernimmt"));
      ProcessTestSupport.executeDueJobs(management, approach.getId());
      ProcessTestSupport.executeDueJobs(management, open.getId());
    } finally {
      ClockUtil.reset();
    }
    return fixture;
  }

  private static Map<String, Object> start(String company, String postcode, String district) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMPANY_NAME.name(), company);
    variables.put(Var.COMPANY_POSTCODE.name(), postcode);
    variables.put(Var.DISTRICT.name(), district);
    variables.put(Var.SECTOR.name(), "C");
    variables.put(Var.SIZE_BAND.name(), "10-49");
    variables.put(Var.CONTACT_NAME.name(), CONTACT_NAME);
    variables.put(Var.CONTACT_EMAIL.name(), CONTACT_EMAIL);
    variables.put(Var.INQUIRY_SOURCE.name(), "UNTERNEHMEN");
    variables.put(Var.INQUIRY_SUMMARY.name(), "Sucht Fachkräfte für die Fertigung");
    variables.put(Var.CONSENT_DATA_SHARING.name(), false);
    return variables;
  }
}
