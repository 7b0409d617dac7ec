package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a coordination request: checks what the start form cannot say (the period ends after it
 * begins, a sector or a region is named, one announces for one's own group), makes the lists typed
 * and gives the request its business key {@code AB-<year>-<4 digits>}. Runs in the start's
 * transaction: a refusal leaves no instance and no register row.
 */
@Component("coordinationStartListener")
class CoordinationStartListener implements ExecutionListener {

  private final YearlyNumbers numbers;
  private final IdentityService identityService;

  CoordinationStartListener(YearlyNumbers numbers, IdentityService identityService) {
    this.numbers = numbers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = CoordinationRequestProcess.checkActivity(execution);
    String initiator = Var.INITIATOR.get(execution);
    String lead = Var.LEAD_PARTNER.get(execution);
    if (initiator != null && lead != null && check.errors().stream().noneMatch(e -> e.field().equals(Var.LEAD_PARTNER.name()))) {
      // one announces for one's own organisation; the lead group resolves objections later
      check.rule(identityService.createUserQuery().userId(initiator).memberOfGroup(lead).count() > 0,
          Var.LEAD_PARTNER, "Federführender Partner", "Sie gehören der Gruppe „" + lead + "“ nicht an");
    }
    check.orThrow();
    CoordinationRequestProcess.normalizeLists(execution);
    BusinessKeys.assign(execution, () -> {
      int year = YearlyNumbers.currentYear();
      return CoordinationRequestProcess.businessKey(year, numbers.next(CoordinationRequestProcess.BUSINESS_KEY_PREFIX,
          year));
    });
  }
}
