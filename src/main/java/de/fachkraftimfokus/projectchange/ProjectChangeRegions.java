package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by the model's multi-instance <i>Änderung zur Kenntnis nehmen</i>
 * ({@code ${projectChangeRegions.acknowledgingGroups(execution)}}): one task per regional group of
 * Network-KMU, as <i>Änderung erfassen</i> listed them.
 */
@Component("projectChangeRegions")
public class ProjectChangeRegions {

  public List<String> acknowledgingGroups(DelegateExecution execution) {
    return Var.ACKNOWLEDGING_GROUPS.get(execution);
  }
}
