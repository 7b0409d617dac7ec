package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeDecision;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completion of {@code approveProgramme}: a programme sent back says what to change. */
@Component("approveProgrammeListener")
class ApproveProgrammeListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    ProgrammeDecision decision = Var.PROGRAMME_DECISION.get(execution);
    InputCheck check = InputCheck.of(Map.of());
    check.rule(decision != null, Var.PROGRAMME_DECISION, "Entscheidung", "Pflichtfeld");
    check.rule(decision != ProgrammeDecision.ZURUECK || !AnnualConferenceProcess.blank(Var.APPROVAL_NOTE.get(execution)),
        Var.APPROVAL_NOTE, "Hinweise an die Federführung", "bitte sagen, was am Programm zu ändern ist");
    check.orThrow();
  }
}
