package de.fachkraftimfokus.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda Forms reach the engine and Tasklist: auto-deployed, and served per task by {@code formRef}. */
@PlatformTest
class FormDeploymentTest {

  private static final String PROCESS_KEY = "fkif-test-form";
  private static final String TASK = "formTask";
  private static final String FORM_ID = "fkifTestForm";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  @DisplayName("Jede Datei forms/*.form ist Teil der automatischen Bereitstellung")
  void everyFormIsAutoDeployed() throws IOException {
    List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
        .map(name -> name.replace('\\', '/'))
        .toList();
    Path forms = Path.of("forms");
    if (!Files.isDirectory(forms)) {
      return; // no forms in this checkout yet; the pattern itself is checked below
    }
    try (Stream<Path> files = Files.walk(forms)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        String relative = "forms/" + forms.relativize(file).toString().replace('\\', '/');
        assertThat(deployed).as(relative).anyMatch(name -> name.endsWith(relative));
      }
    }
  }

  @Test
  @DisplayName("Eine Aufgabe mit camunda:formRef liefert ihr Formular an die Kandidaten über /task/{id}/deployed-form")
  void deployedFormForCandidate() throws Exception {
    String candidateGroup = PartnerGroup.PFIFF.regionalGroupId(Region.HARZ);
    String form = """
        {"id":"%s","type":"default","schemaVersion":16,"components":[
          {"key":"probeNote","label":"Notiz","type":"textfield","validate":{"required":true}}]}
        """.formatted(FORM_ID);
    var model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TASK).camundaCandidateGroups(candidateGroup)
            .camundaFormRef(FORM_ID).camundaFormRefBinding("deployment")
        .endEvent().done();
    Deployment deployment = repositoryService.createDeployment()
        .addModelInstance(PROCESS_KEY + ".bpmn", model)
        .addString("fkif-test-form.form", form)
        .deploy();
    try {
      String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY).getId();
      String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
      HttpProbe http = new HttpProbe(port);

      HttpResponse<String> candidate = http.get("/engine-rest/task/" + taskId + "/deployed-form").asDemo("pfiff.harz").send();
      assertThat(candidate.statusCode()).as(candidate.body()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(candidate.body()).get("id").asText()).isEqualTo(FORM_ID);

      HttpResponse<String> outsider = http.get("/engine-rest/task/" + taskId + "/deployed-form").asDemo("pfiff.halle").send();
      assertThat(outsider.statusCode()).isIn(403, 404);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true, true, true);
    }
  }
}
