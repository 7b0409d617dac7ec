package de.fachkraftimfokus.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every deployment a person sends to the engine — from Camunda Modeler, the REST API or the web apps,
 * so always with an authenticated user — passes the checks the build runs ({@link ModelValidator}:
 * form references and field keys, candidate groups, due dates, history time to live, layout, DMN
 * rules) plus what only the running platform knows: the delegates exist and the versionTag is raised.
 * A refused deployment leaves nothing behind ({@link ModelRejectedException}, 400).
 *
 * <p>A pre-deployer of the engine, so it sees the whole deployment (models and forms together) before
 * the engine parses it, inside the deployment's transaction. The platform's own deployment at start
 * (no user) is checked by the build instead, and so are test fixtures deployed without a user.
 */
@Component
class DeploymentGate extends AbstractProcessEnginePlugin implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentGate.class);

  private final BeanFactory beans;
  private volatile BackingClasses backingClasses;

  DeploymentGate(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> pre = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    pre.add(this);
    configuration.setCustomPreDeployers(pre);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    CommandContext commandContext = Context.getCommandContext();
    if (!deployment.isNew() || commandContext == null || commandContext.getAuthenticatedUserId() == null) {
      return;
    }
    List<ModelValidator.Resource> resources = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      resources.add(new ModelValidator.Resource(resource.getName(), resource.getBytes()));
    }
    List<Finding> findings = new ModelValidator(backingClasses()).validateDeployment(resources, new Platform(commandContext));
    if (!findings.isEmpty()) {
      LOG.info("Deployment \"{}\" von {} abgelehnt: {} Befund(e)", deployment.getName(),
          commandContext.getAuthenticatedUserId(), findings.size());
      throw new ModelRejectedException(findings);
    }
  }

  private BackingClasses backingClasses() {
    if (backingClasses == null) {
      backingClasses = new BackingClasses();
    }
    return backingClasses;
  }

  private final class Platform implements ModelValidator.DeployedState {
    private final CommandContext commandContext;

    Platform(CommandContext commandContext) {
      this.commandContext = commandContext;
    }

    @Override
    public Optional<String> processVersionTag(String processKey) {
      ProcessDefinitionEntity latest = commandContext.getProcessDefinitionManager().findLatestProcessDefinitionByKey(processKey);
      return Optional.ofNullable(latest).map(ProcessDefinitionEntity::getVersionTag);
    }

    @Override
    public Optional<String> decisionVersionTag(String decisionKey) {
      DecisionDefinitionEntity latest = commandContext.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(decisionKey);
      return Optional.ofNullable(latest).map(DecisionDefinitionEntity::getVersionTag);
    }

    @Override
    public boolean delegateExists(String beanName) {
      return beans.containsBean(beanName);
    }
  }
}
