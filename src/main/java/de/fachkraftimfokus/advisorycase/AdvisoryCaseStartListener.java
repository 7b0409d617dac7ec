package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs first when a case starts, however it is started: refuses a start that breaks the contract
 * (before anything is written), trims the texts and gives the case its number as business key.
 */
@Component
class AdvisoryCaseStartListener implements ExecutionListener {

  /** Who opened the case when no user is authenticated (e.g. a timer or a test). */
  static final String PLATFORM = "plattform";

  private final CaseNumbers caseNumbers;
  private final IdentityService identityService;

  AdvisoryCaseStartListener(CaseNumbers caseNumbers, IdentityService identityService) {
    this.caseNumbers = caseNumbers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AdvisoryCaseStartCheck.of(execution.getVariables()).orThrow();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next());
    } else if (!AdvisoryCaseProcess.BUSINESS_KEY.matcher(businessKey).matches()) {
      throw new InvalidInputException(List.of(new FieldError("businessKey", "Fallnummer",
          "vergibt die Plattform (BF-<Jahr>-<5 Ziffern>); bitte leer lassen")));
    }
    for (String text : List.of(Var.COMPANY_NAME, Var.COMPANY_POSTCODE, Var.CONTACT_NAME, Var.CONTACT_EMAIL,
        Var.INQUIRY_SUMMARY)) {
      execution.setVariable(text, ((String) execution.getVariable(text)).trim());
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    execution.setVariable(Var.CASE_OPENED_BY,
        authentication == null || authentication.getUserId() == null ? PLATFORM : authentication.getUserId());
  }
}
