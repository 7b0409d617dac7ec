package de.fachkraftimfokus.problem;

import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API with the platform's error body: Camunda's five exception mappers give way to
 * {@link EngineProblemMapper}. Camunda's JAX-RS applications — {@code /engine-rest} here and the web
 * apps' {@code /camunda/api/engine} — both take their providers from
 * {@link CamundaRestResources#getConfigurationClasses()}, a mutable static set; it is changed once,
 * before either application starts (this bean replaces the starter's {@code CamundaJerseyResourceConfig},
 * and the web apps' servlet initialises on its first request).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> CAMUNDA_MAPPERS = Set.of(ExceptionHandler.class, JsonMappingExceptionHandler.class,
      JsonParseExceptionHandler.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    installProblemMapper();
    super.registerCamundaRestResources();
  }

  static synchronized void installProblemMapper() {
    Set<Class<?>> providers = CamundaRestResources.getConfigurationClasses();
    providers.removeAll(CAMUNDA_MAPPERS);
    providers.add(EngineProblemMapper.class);
  }
}
