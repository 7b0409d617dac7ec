package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.process.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs first when a case starts, however it is started. The start form is the contract of the
 * start data (checked before the engine sees them); here only what a form cannot say: the consent
 * must be given as yes or no. Then the texts are trimmed and the case gets its number.
 */
@Component
class AdvisoryCaseStartListener implements ExecutionListener {

  /** Who opened the case when no user is authenticated (e.g. a timer or a test). */
  static final String PLATFORM = "plattform";

  private final YearlyNumbers numbers;
  private final IdentityService identityService;

  AdvisoryCaseStartListener(YearlyNumbers numbers, IdentityService identityService) {
    this.numbers = numbers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck.of(execution.getVariables())
        .requiredBoolean(Var.CONSENT_DATA_SHARING, "Einwilligung zur Weitergabe der Kontaktdaten")
        .orThrow();
    for (Variable<String> text : List.of(Var.COMPANY_NAME, Var.COMPANY_POSTCODE, Var.CONTACT_NAME,
        Var.CONTACT_EMAIL, Var.INQUIRY_SUMMARY)) {
      String value = text.get(execution);
      // only what needs it: each write of a variable is a history row too
      if (value != null && !value.equals(value.trim())) {
        text.set(execution, value.trim());
      }
    }
    BusinessKeys.assign(execution, () -> {
      int year = YearlyNumbers.currentYear();
      return AdvisoryCaseProcess.businessKey(year, numbers.next(AdvisoryCaseProcess.NUMBER_SERIES, year));
    });
    Authentication authentication = identityService.getCurrentAuthentication();
    Var.CASE_OPENED_BY.set(execution,
        authentication == null || authentication.getUserId() == null ? PLATFORM : authentication.getUserId());
  }
}
