package de.fachkraftimfokus.identity;

import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Test-only stand-ins for the real models, deployed under the contract keys so the authorization
 * tests do not depend on the process models being built in parallel: each has one user task for a
 * group of its process; {@code advisory-case} also evaluates a decision and calls {@code referral},
 * as the real model does. Deployed as the newest version and deleted (cascading) after the test, so
 * the real models become the latest version again.
 */
final class AccessTestModels {

  static final String DEPLOYMENT_NAME = "fkif-test-access-models";
  static final String START = "start";
  static final String TASK = "work";
  static final String DECIDE = "decide";
  static final String CALL_REFERRAL = "callReferral";
  static final String END = "end";
  static final String DECISION_KEY = "fkif-test-access-decision";
  static final String DECISION_RESULT = "testDecisionResult";
  static final String DECISION_OUTPUT = "WEITERVERMITTLUNG";

  /** The group whose members work the test task of each process. */
  static final Map<ProcessKey, String> CANDIDATE_GROUP = new EnumMap<>(Map.of(
      ProcessKey.ADVISORY_CASE, PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ),
      ProcessKey.REFERRAL, PartnerGroup.PFIFF.regionalGroupId(Region.HARZ),
      ProcessKey.COORDINATION_REQUEST, PartnerGroup.MS.id(),
      ProcessKey.JOUR_FIXE, PartnerGroup.STK.id(),
      ProcessKey.PUBLIC_ACTIVITY, PartnerGroup.TRANSFERZENTREN.id(),
      ProcessKey.ANNUAL_CONFERENCE, PartnerGroup.STK.id(),
      ProcessKey.PROJECT_CHANGE, PartnerGroup.WEITERBILDUNG.id()));

  private AccessTestModels() {}

  static Deployment deploy(RepositoryService repositoryService) {
    DeploymentBuilder deployment = repositoryService.createDeployment().name(DEPLOYMENT_NAME)
        .addString("fkif-test-access-decision.dmn", decision());
    for (ProcessKey key : ProcessKey.values()) {
      deployment.addModelInstance("fkif-test-" + key.key() + ".bpmn", model(key));
    }
    return deployment.deploy();
  }

  static void undeploy(RepositoryService repositoryService, Deployment deployment) {
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true, true, true);
    }
  }

  static BpmnModelInstance model(ProcessKey key) {
    if (key == ProcessKey.ADVISORY_CASE) {
      return Bpmn.createExecutableProcess(key.key()).name("Test – " + key.germanName())
          .camundaHistoryTimeToLive(1)
          .startEvent(START)
          .businessRuleTask(DECIDE).camundaDecisionRef(DECISION_KEY)
              .camundaMapDecisionResult("singleEntry").camundaResultVariable(DECISION_RESULT)
          .userTask(TASK).camundaCandidateGroups(CANDIDATE_GROUP.get(key))
          .callActivity(CALL_REFERRAL).calledElement(ProcessKey.REFERRAL.key())
          .endEvent(END)
          .done();
    }
    return Bpmn.createExecutableProcess(key.key()).name("Test – " + key.germanName())
        .camundaHistoryTimeToLive(1)
        .startEvent(START)
        .userTask(TASK).camundaCandidateGroups(CANDIDATE_GROUP.get(key))
        .endEvent(END)
        .done();
  }

  private static String decision() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="fkifTestAccessDefinitions" name="Test" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="%s" name="Test-Entscheidung" camunda:historyTimeToLive="1">
            <decisionTable id="fkifTestTable" hitPolicy="FIRST">
              <input id="fkifTestInput">
                <inputExpression id="fkifTestInputExpression" typeRef="string"><text>"x"</text></inputExpression>
              </input>
              <output id="fkifTestOutput" name="result" typeRef="string"/>
              <rule id="fkifTestRule">
                <inputEntry id="fkifTestRuleIn"><text>-</text></inputEntry>
                <outputEntry id="fkifTestRuleOut"><text>"%s"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(DECISION_KEY, DECISION_OUTPUT);
  }
}
