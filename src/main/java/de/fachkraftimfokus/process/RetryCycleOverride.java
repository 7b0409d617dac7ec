package de.fachkraftimfokus.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For test and trial platforms only: {@code fkif.jobs.retry-cycle} (e.g. {@code R3/PT3S}) replaces
 * the retry cycle of every step the models retry ({@code R3/PT5M}), so that the resilience suite
 * sees retries run out within seconds. Empty (the default) leaves the models' cycles alone. Applies
 * where this node parses a model (deployment and process-definition cache); the models themselves
 * are not changed.
 */
@Component
class RetryCycleOverride extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RetryCycleOverride.class);

  private final String cycle;

  RetryCycleOverride(@Value("${fkif.jobs.retry-cycle:}") String cycle) {
    this.cycle = cycle == null ? "" : cycle.strip();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (cycle.isEmpty()) {
      return;
    }
    if (!cycle.matches("R\\d+/P[0-9TDHMS]+")) {
      throw new IllegalStateException("fkif.jobs.retry-cycle ist kein Wiederholungszyklus wie R3/PT5S: " + cycle);
    }
    LOG.warn("Wiederholungszyklus aller Jobs durch Konfiguration ersetzt: {} (nur für Test- und Probebetrieb)", cycle);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        override(processDefinition);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void override(ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getProperties().contains(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION)) {
        activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
            new FailedJobRetryConfiguration(Context.getProcessEngineConfiguration().getExpressionManager()
                .createExpression(cycle)));
      }
      override(activity);
    }
  }
}
