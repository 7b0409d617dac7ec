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
        Var.COMPANY_NAME.get(execution), Var.COMPANY_POSTCODE.get(execution),
        Var.DISTRICT.get(execution), Var.SECTOR.get(execution),
        Var.SIZE_BAND.get(execution)));
    Var.COMPANY_ID.set(execution, company.id());
  }
}
