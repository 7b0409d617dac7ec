package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.company.Company;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Unternehmen erfassen</i>: finds or creates the company; the case keeps only its id. */
@Component
class CompanyRegistrationDelegate implements JavaDelegate {

  private final CompanyRegistry registry;

  CompanyRegistrationDelegate(CompanyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Company company = registry.findOrCreate(new CompanyData(
        (String) execution.getVariable(Var.COMPANY_NAME), (String) execution.getVariable(Var.COMPANY_POSTCODE),
        (String) execution.getVariable(Var.DISTRICT), (String) execution.getVariable(Var.SECTOR),
        (String) execution.getVariable(Var.SIZE_BAND)));
    execution.setVariable(Var.COMPANY_ID, company.id());
  }
}
