package de.fachkraftimfokus.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys models and forms to a throw-away in-memory engine, the way the platform deploys them at
 * start-up: each file alone (so a failure names its file), then all together (duplicate keys).
 * Catches what only the engine's parser knows (e.g. ENGINE-12018: historyTimeToLive missing,
 * invalid expressions, timer definitions, DMN types).
 */
final class EngineDeployment {

  private EngineDeployment() {}

  static List<Finding> deploy(Path modelDir, Path formsDir) {
    List<Path> files = new ArrayList<>();
    files.addAll(ModelValidator.files(modelDir, ".bpmn"));
    files.addAll(ModelValidator.files(modelDir, ".dmn"));
    files.addAll(ModelValidator.files(formsDir, ".form"));
    List<Finding> findings = new ArrayList<>();
    if (files.isEmpty()) {
      return findings;
    }
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("model-deployment-check-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:model-deployment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
    try {
      RepositoryService repository = engine.getRepositoryService();
      List<Path> deployable = new ArrayList<>();
      for (Path file : files) {
        try {
          DeploymentBuilder deployment = repository.createDeployment().name("check " + file.getFileName());
          add(deployment, file);
          deployment.deploy();
          deployable.add(file);
        } catch (RuntimeException e) {
          if (ModelValidator.rootMessage(e).contains("Cannot resolve identifier")) {
            // e.g. a timer start event reading a Spring bean at deployment: only the platform's own
            // engine has the beans; DelegateBeansTest checks that the platform deployed the model
            continue;
          }
          findings.add(new Finding(ModelValidator.label(file), null,
              "Die Engine lehnt das Deployment ab: " + ModelValidator.rootMessage(e),
              "den genannten Fehler im Modeler beheben (die Meldung nennt Element und Attribut)"));
        }
      }
      if (findings.isEmpty()) {
        try {
          DeploymentBuilder all = repository.createDeployment().name("check all models");
          for (Path file : deployable) {
            add(all, file);
          }
          all.deploy();
        } catch (RuntimeException e) {
          findings.add(new Finding(modelDir.toString(), null,
              "Die Modelle lassen sich nicht gemeinsam deployen: " + ModelValidator.rootMessage(e),
              "doppelte Prozess- oder Entscheidungs-IDs in verschiedenen Dateien umbenennen"));
        }
      }
    } finally {
      engine.close();
    }
    return findings;
  }

  private static void add(DeploymentBuilder deployment, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      deployment.addInputStream(ModelValidator.label(file), new java.io.ByteArrayInputStream(in.readAllBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("Datei nicht lesbar: " + file, e);
    }
  }
}
