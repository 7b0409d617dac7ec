package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.region.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After <i>Region bestimmen</i>: the table {@code region-for-district} must give one of the five
 * regions. If it gives none (a district missing from the table), the start fails with a clear
 * message instead of routing tasks to a group that does not exist.
 */
@Component
class RegionCheckListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object region = execution.getVariable(Var.REGION);
    if (!(region instanceof String id) || Region.byId(id).isEmpty()) {
      throw new IllegalStateException("Unbekannter Landkreis „" + execution.getVariable(Var.DISTRICT)
          + "“: Die Tabelle region-for-district ordnet ihm keine der fünf Regionen zu (Ergebnis: " + region + ").");
    }
  }
}
