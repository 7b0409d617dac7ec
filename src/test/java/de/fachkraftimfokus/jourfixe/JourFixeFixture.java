package de.fachkraftimfokus.jourfixe;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import de.fachkraftimfokus.support.ProcessTestSupport;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** A Jour fixe brought to „Tagesordnung finalisieren“, for the processes that put items on its agenda. */
public final class JourFixeFixture {

  private JourFixeFixture() {}

  /** Date confirmed, invitation sent, every contribution in, report generated: waiting at the agenda. */
  public static ProcessInstance atFinalizeAgenda(RuntimeService runtime, TaskService tasks, ManagementService management) {
    // a date of its own, years ahead, so that meetings of other tests never share it
    LocalDate date = LocalDate.now().plusDays(3000 + (UUID.randomUUID().hashCode() & 0x3ff));
    ProcessInstance pi = runtime.startProcessInstanceByKey(JourFixeProcess.KEY,
        Map.of(JourFixeProcess.Var.MEETING_DATE.name(), date.toString()));
    ProcessTestSupport.complete(tasks, pi.getId(), JourFixeProcess.Element.CONFIRM_DATE,
        Map.of(JourFixeProcess.Var.MEETING_DATE.name(), date.toString()));
    ProcessTestSupport.executeJob(management, pi.getId(), JourFixeProcess.Element.SEND_INVITATION);
    for (Task contribution : tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(JourFixeProcess.Element.PREPARE_CONTRIBUTION).list()) {
      tasks.complete(contribution.getId(), Map.of(JourFixeProcess.Var.EXPERIENCES.name(), "Erfahrungen"));
    }
    ProcessTestSupport.executeJob(management, pi.getId(), JourFixeProcess.Element.GENERATE_REPORT);
    assertThat(pi).isWaitingAt(JourFixeProcess.Element.FINALIZE_AGENDA);
    return pi;
  }
}
