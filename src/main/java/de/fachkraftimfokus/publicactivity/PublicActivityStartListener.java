package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.calendar.WorkingDays;
import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a public activity: checks what the start form cannot say (the date is not in the past
 * and in order, a link or a draft text is given, one announces for one's own group), makes the
 * lists typed and gives the activity its business key {@code OA-<year>-<4 digits>}. Runs in the
 * start's transaction: a refusal leaves no instance and no register row.
 */
@Component("publicActivityStartListener")
class PublicActivityStartListener implements ExecutionListener {

  private final YearlyNumbers numbers;
  private final IdentityService identityService;

  PublicActivityStartListener(YearlyNumbers numbers, IdentityService identityService) {
    this.numbers = numbers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = PublicActivityProcess.checkAnnouncement(execution, WorkingDays.today());
    String initiator = Var.INITIATOR.get(execution);
    String lead = Var.LEAD_PARTNER.get(execution);
    boolean partner = lead != null && PartnerGroup.workingPartners().stream().anyMatch(g -> g.id().equals(lead));
    check.rule(partner, Var.LEAD_PARTNER, "Federführender Partner", "Pflichtfeld: eine Partnergruppe der Kooperation");
    if (partner && initiator != null) {
      // one announces for one's own organisation: it completes the brand, coordinates the date, records the result
      check.rule(identityService.createUserQuery().userId(initiator).memberOfGroup(lead).count() > 0,
          Var.LEAD_PARTNER, "Federführender Partner", "Sie gehören der Gruppe „" + lead + "“ nicht an");
    }
    check.orThrow();
    PublicActivityProcess.normalizeLists(execution);
    BusinessKeys.assign(execution, () -> {
      int year = YearlyNumbers.currentYear();
      return PublicActivityProcess.businessKey(year, numbers.next(PublicActivityProcess.NUMBER_SERIES, year));
    });
  }
}
