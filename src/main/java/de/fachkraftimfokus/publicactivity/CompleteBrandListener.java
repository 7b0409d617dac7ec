package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.BrandFix;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code completeBrand}: a completed brand needs something to check it in (link or
 * draft text); a withdrawal needs a reason, which the register and the monitoring keep.
 */
@Component("completeBrandListener")
class CompleteBrandListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(Map.of());
    if (Var.BRAND_FIX.get(execution) == BrandFix.ZURUECKGEZOGEN) {
      check.rule(!PublicActivityProcess.blank(Var.BRAND_FIX_NOTE.get(execution)), Var.BRAND_FIX_NOTE,
          "Anmerkung", "beim Zurückziehen bitte den Grund nennen");
    } else {
      check.rule(!PublicActivityProcess.blank(Var.LINK.get(execution))
              || !PublicActivityProcess.blank(Var.DRAFT_TEXT.get(execution)), Var.LINK, "Link",
          "Link oder Entwurfstext angeben – daran wird der Bezug auf die Dachmarke geprüft");
    }
    check.orThrow();
  }
}
