package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Newcomer;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Einarbeitung vermerken</i>: the newcomers the platform noticed count as inducted; the Einarbeitung closes. */
@Component("recordOnboardingDelegate")
class RecordOnboardingDelegate implements JavaDelegate {

  private final ProjectChangeService service;

  RecordOnboardingDelegate(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    service.markOnboarded(key, Var.NEWCOMERS.get(execution).stream().map(Newcomer::userId).filter(Objects::nonNull)
        .toList());
    service.close(key);
  }
}
