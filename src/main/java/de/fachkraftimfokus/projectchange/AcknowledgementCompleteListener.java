package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Änderung zur Kenntnis nehmen</i> by one region: recorded with who and when (and
 * the region's questions for MS); the status every later form shows is brought up to date. The
 * answer stays local to the region's task (input mapping in the model).
 */
@Component("acknowledgementCompleteListener")
class AcknowledgementCompleteListener extends TaskCompletion {

  private final ProjectChangeService service;

  AcknowledgementCompleteListener(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck.of(Map.of()).rule(Var.ACKNOWLEDGED.isTrue(execution), Var.ACKNOWLEDGED, "Zur Kenntnis genommen",
        "muss bestätigt werden").orThrow();
    String group = Var.ACKNOWLEDGING_GROUP.require(execution);
    Region region = Arrays.stream(Region.values())
        .filter(r -> PartnerGroup.NETWORK_KMU.regionalGroupId(r).equals(group)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Keine Region zur Gruppe " + group));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String questions = Var.ACKNOWLEDGEMENT_QUESTIONS.get(execution);
    String key = execution.getProcessBusinessKey();
    service.acknowledge(key, region, user == null ? null : user.getUserId(),
        questions == null || questions.isBlank() ? null : questions.trim());
    Var.ACKNOWLEDGEMENT_STATUS.set(execution.getProcessInstance(), service.statusText(key));
  }
}
