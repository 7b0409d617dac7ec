package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the umbrella brand (agreement 1.2): what the table {@code brand-requirements} asks for
 * this kind against what the initiator confirmed. Counts the check in the register, which keeps
 * whether the first one passed; what is missing goes to <i>Dachmarke ergänzen</i>.
 */
@Component("brandCheckDelegate")
class BrandCheckDelegate implements JavaDelegate {

  private final BrandRequirements requirements;
  private final PublicActivityRegister register;

  BrandCheckDelegate(BrandRequirements requirements, PublicActivityRegister register) {
    this.requirements = requirements;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicActivityKind kind = Var.KIND.require(execution);
    BrandRequirements.Requirement requirement = requirements.of(kind);
    List<String> missing = requirement.missing(Var.BRAND_LOGO.isTrue(execution), Var.BRAND_WORDING.isTrue(execution),
        Var.BRAND_LINK.isTrue(execution));
    int checks = Var.BRAND_CHECKS.require(execution) + 1;
    Var.BRAND_CHECKS.set(execution, checks);
    Var.BRAND_COMPLETE.set(execution, missing.isEmpty());
    Var.BRAND_MISSING.set(execution, missing.isEmpty() ? null : missing.stream()
        .collect(Collectors.joining("\n• ", "Für „" + kind.germanName() + "“ verlangt die Dachmarke (Nr. 1.2), "
            + "was noch nicht bestätigt ist:\n• ", "\n\n" + requirement.hint())).strip());
    Var.BRAND_FIX.set(execution, null);
    register.recordBrandCheck(execution.getProcessBusinessKey(), missing.isEmpty(),
        PublicActivityProcess.trimmed(Var.LINK.get(execution)));
  }
}
