package de.fachkraftimfokus.decision;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Evaluates the platform's own decision tables (latest deployed version, so process owners'
 * changes take effect) on behalf of the platform, not of the user: the REST API may call it while
 * a partner is authenticated who has no right to evaluate decisions, and must still get the answer.
 * Reads the deployed versions of a table the same way.
 */
@Component
public class DecisionEvaluator {

  private final DecisionService decisionService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  DecisionEvaluator(DecisionService decisionService, ProcessEngineConfiguration engineConfiguration) {
    this.decisionService = decisionService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
  }

  /** All matched rules' outputs, in rule order (one map per rule, output name → value). */
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> variables) {
    return asPlatform(() -> decisionService.evaluateDecisionByKey(decisionKey).variables(variables).evaluate()
        .getResultList());
  }

  /** The latest deployed version of a decision, with its model. */
  public Optional<DeployedDecision> latest(String decisionKey) {
    return asPlatform(() -> Optional.ofNullable(repository().createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult()).map(this::deployed));
  }

  /** The id of the latest deployed version of a decision (one query, no model): to tell a new version. */
  public Optional<String> latestId(String decisionKey) {
    return asPlatform(() -> Optional.ofNullable(repository().createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult()).map(DecisionDefinition::getId));
  }

  /** A given version of a decision (empty when it is not, or no longer, deployed). */
  public Optional<DeployedDecision> version(String decisionKey, int version) {
    return asPlatform(() -> Optional.ofNullable(repository().createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).decisionDefinitionVersion(version).singleResult()).map(this::deployed));
  }

  /**
   * One deployed version of a decision with its model, as Modeler shows it.
   *
   * @param deployedAt when its deployment reached the engine
   */
  public record DeployedDecision(String id, String key, int version, String versionTag, String deploymentId,
      Date deployedAt, DmnModelInstance model) {}

  private DeployedDecision deployed(DecisionDefinition definition) {
    Deployment deployment = repository().createDeploymentQuery().deploymentId(definition.getDeploymentId())
        .singleResult();
    return new DeployedDecision(definition.getId(), definition.getKey(), definition.getVersion(),
        definition.getVersionTag(), definition.getDeploymentId(),
        deployment == null ? null : deployment.getDeploymentTime(), repository().getDmnModelInstance(definition.getId()));
  }

  private RepositoryService repository() {
    return engineConfiguration.getRepositoryService();
  }

  /** Runs the read as the platform: without the authorization checks of whoever is logged in. */
  private <T> T asPlatform(Supplier<T> read) {
    return engineConfiguration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return read.get();
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }
}
