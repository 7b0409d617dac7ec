package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.agenda.JourFixeAgenda;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.FollowUp;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Each follow-up of the evaluation becomes an agenda item of the next Jour fixe (source
 * {@code ANNUAL_CONFERENCE}), in this step's transaction; a follow-up that has its item keeps it.
 */
@Component("registerFollowUpsDelegate")
class RegisterFollowUpsDelegate implements JavaDelegate {

  private final ConferenceRegister register;
  private final JourFixeAgenda agenda;

  RegisterFollowUpsDelegate(ConferenceRegister register, JourFixeAgenda agenda) {
    this.register = register;
    this.agenda = agenda;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Conference conference = register.find(businessKey).orElseThrow();
    for (Map.Entry<Integer, FollowUp> followUp : register.followUpsWithoutAgendaItem(businessKey)) {
      String text = "Folgethema der gemeinsamen Fachveranstaltung " + conference.year() + " (" + businessKey
          + ", Federführung " + ConferenceTexts.partner(conference.leadPartner()) + ")"
          + (followUp.getValue().description() == null ? "" : ":\n" + followUp.getValue().description());
      long id = agenda.registerPendingItem(AnnualConferenceProcess.AGENDA_SOURCE, businessKey,
          "Fachveranstaltung " + conference.year() + ": " + followUp.getValue().title(), text);
      register.agendaItem(businessKey, followUp.getKey(), id);
    }
    register.state(businessKey, ConferenceState.AUSGEWERTET);
  }
}
