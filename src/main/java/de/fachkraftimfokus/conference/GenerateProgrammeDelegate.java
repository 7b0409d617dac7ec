package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The programme is approved: its PDF and HTML are generated and kept for download. */
@Component("generateProgrammeDelegate")
class GenerateProgrammeDelegate implements JavaDelegate {

  private final ProgrammeDocument document;
  private final ConferenceRegister register;

  GenerateProgrammeDelegate(ProgrammeDocument document, ConferenceRegister register) {
    this.document = document;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    document.store(businessKey);
    register.state(businessKey, ConferenceState.EINGELADEN);
    Var.PROGRAMME_URL.set(execution, AnnualConferenceProcess.programmePath(businessKey, "pdf"));
  }
}
