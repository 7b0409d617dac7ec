package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code composeProgramme}: the programme as the lead partner composed it, checked by
 * {@link ProgrammeCheck} (an overlap of speakers or rooms is a form error), stored in its order.
 */
@Component("composeProgrammeListener")
class ComposeProgrammeListener extends TaskCompletion {

  private final ConferenceRegister register;

  ComposeProgrammeListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    List<ProgrammeSlot> slots = ProgrammeCheck.read(execution.getVariables());
    register.replaceSlots(execution.getProcessBusinessKey(), slots);
    Var.PROGRAMME_SLOTS.set(execution, slots);
    Integer round = Var.PROGRAMME_ROUND.get(execution);
    Var.PROGRAMME_ROUND.set(execution, round == null ? 1 : round + 1);
  }
}
