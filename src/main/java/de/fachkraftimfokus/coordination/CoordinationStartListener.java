package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.validation.InputCheck;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Start of a coordination request: checks the announcement (the REST API bypasses the form), makes
 * the lists typed and gives the request its business key {@code AB-<year>-<4 digits>} unless the
 * caller brought one. Runs in the start's transaction: a refusal leaves no instance, no number and
 * no register row.
 */
@Component("coordinationStartListener")
class CoordinationStartListener implements ExecutionListener {

  private final ActivityRegister register;
  private final IdentityService identityService;

  CoordinationStartListener(ActivityRegister register, IdentityService identityService) {
    this.register = register;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = CoordinationRequestProcess.checkActivity(execution.getVariables());
    String initiator = (String) execution.getVariable(Var.INITIATOR);
    String lead = (String) execution.getVariable(Var.LEAD_PARTNER);
    if (initiator != null && lead != null && check.errors().stream().noneMatch(e -> e.field().equals(Var.LEAD_PARTNER))) {
      // one announces for one's own organisation; the lead group resolves objections later
      check.rule(identityService.createUserQuery().userId(initiator).memberOfGroup(lead).count() > 0,
          Var.LEAD_PARTNER, "Federführender Partner", "Sie gehören der Gruppe „" + lead + "“ nicht an");
    }
    String givenKey = execution.getProcessBusinessKey();
    if (givenKey != null && !givenKey.isBlank()) {
      check.rule(CoordinationRequestProcess.BUSINESS_KEY.matcher(givenKey).matches(), "businessKey",
          "Geschäftszeichen", "Form AB-<Jahr>-<4 Ziffern> erforderlich");
    }
    check.orThrow();
    CoordinationRequestProcess.normalizeLists(execution);
    if (givenKey == null || givenKey.isBlank()) {
      int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StatementRounds.ZONE).getYear();
      execution.setProcessBusinessKey(CoordinationRequestProcess.businessKey(year, register.nextNumber(year)));
    }
  }
}
