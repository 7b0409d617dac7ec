package de.fachkraftimfokus.bench;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.bench.Workload.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare twins: per workload one model with the same start form and one user task per step, each
 * with the platform's form and candidate group, in a row (a workload of starts only: the first task,
 * where the platform's start waits too); no listener, delegate, decision table,
 * call activity or register. Deployed into the running platform; the users get what the platform's
 * authorization plan gives them on the real process.
 */
final class Twins {

  private static final String OPTIONS_FORM = "developOptionsForm";
  private static final String OFFERS = "[{\"label\":\"PFIFF\",\"value\":\"pfiff-fachkraeftegewinnung\"},"
      + "{\"label\":\"Transferzentren\",\"value\":\"transferzentren-matching\"},"
      + "{\"label\":\"Ausbildungscoaches\",\"value\":\"ausbildungscoaches-ausbildung\"}]";

  private Twins() {}

  static BpmnModelInstance model(Workload workload) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(workload.twinKey())
        .name("Benchmark-Zwilling " + workload.name()).camundaHistoryTimeToLive(180).camundaVersionTag("1")
        .startEvent("start").camundaFormRef(workload.startForm()).camundaFormRefBinding("latest");
    List<Step> steps = workload.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      var task = flow.userTask(Workload.twinTaskKey(step, i)).name(step.taskKey()).camundaFormRef(step.form())
          .camundaFormRefBinding("latest").camundaCandidateGroups(step.group());
      if (step.form().equals(OPTIONS_FORM)) {
        // the options form lists the offers the platform recommended; the twin has them as a constant
        task = task.camundaInputParameter(AdvisoryCaseProcess.Var.OFFER_OPTIONS.name(), OFFERS);
      }
      flow = task;
    }
    if (steps.isEmpty()) {
      // "starts only": the platform's start ends where a case waits for its first step (the
      // clearing task, offered to the Regiocoaches), so the twin's start ends in the same wait state
      Step first = Workload.basicAdvice().steps().get(0);
      flow = flow.userTask(Workload.twinTaskKey(first, 0)).name(first.taskKey()).camundaFormRef(first.form())
          .camundaFormRefBinding("latest").camundaCandidateGroups(first.group());
    }
    return flow.endEvent("end").done();
  }

  static void deploy(ProcessEngine engine, List<Workload> workloads) {
    var deployment = engine.getRepositoryService().createDeployment().name("Benchmark-Zwillinge");
    for (Workload workload : workloads) {
      deployment.addModelInstance(workload.twinKey() + ".bpmn", model(workload));
    }
    deployment.deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Workload workload : workloads) {
      Set<String> users = new LinkedHashSet<>();
      users.add(workload.starter());
      workload.steps().forEach(step -> users.add(step.user()));
      for (String user : users) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(workload.twinKey());
        grant.addPermission(Permissions.READ);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        grant.addPermission(Permissions.READ_INSTANCE);
        grant.addPermission(Permissions.READ_TASK);
        grant.addPermission(Permissions.UPDATE_TASK);
        authorizations.saveAuthorization(grant);
      }
      if (authorizations.createAuthorizationQuery().userIdIn(workload.starter()).resourceType(Resources.PROCESS_INSTANCE)
          .resourceId("*").count() == 0) {
        Authorization create = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        create.setUserId(workload.starter());
        create.setResource(Resources.PROCESS_INSTANCE);
        create.setResourceId("*");
        create.addPermission(Permissions.CREATE);
        authorizations.saveAuthorization(create);
      }
    }
  }
}
