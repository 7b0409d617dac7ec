package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.VariableText;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The contributions are in (or the deadline passed): the lead partner's draft of the programme is
 * the submitted contributions one after the other from 10:00 in the plenary, which
 * <i>Programm zusammenstellen</i> then rewords, times, moves into rooms, removes or adds to.
 */
@Component("prepareProgrammeDelegate")
class PrepareProgrammeDelegate implements JavaDelegate {

  static final LocalTime FIRST_SLOT = LocalTime.of(10, 0);
  static final String PLENARY = "Plenum";

  private final ConferenceRegister register;

  PrepareProgrammeDelegate(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    List<ConferenceRegister.Contribution> contributions = register.contributions(businessKey);
    List<ProgrammeSlot> draft = new ArrayList<>();
    LocalTime next = FIRST_SLOT;
    StringBuilder overview = new StringBuilder();
    for (ConferenceRegister.Contribution contribution : contributions) {
      overview.append("- ").append(ConferenceTexts.partner(contribution.partnerGroup())).append(": ");
      if (contribution.state() != ContributionState.EINGEREICHT) {
        overview.append(contribution.state().germanName()).append('\n');
        continue;
      }
      overview.append(contribution.kind().germanName()).append(" „").append(contribution.title()).append("“, ")
          .append(contribution.durationMinutes()).append(" Min.");
      if (contribution.speaker() != null) {
        overview.append(", ").append(contribution.speaker());
      }
      if (contribution.needs() != null) {
        overview.append(" – Bedarf: ").append(contribution.needs().replaceAll("\\s+", " "));
      }
      overview.append('\n');
      LocalTime end = next.plusMinutes(contribution.durationMinutes());
      if (end.isBefore(next)) {
        end = LocalTime.of(23, 59);
      }
      draft.add(new ProgrammeSlot(ProgrammeCheck.time(next), ProgrammeCheck.time(end),
          contribution.kind().germanName() + ": " + contribution.title() + " ("
              + ConferenceTexts.partner(contribution.partnerGroup()) + ")",
          contribution.speaker() == null ? "" : contribution.speaker(), PLENARY));
      next = end;
    }
    if (!Var.LATE_CONTRIBUTIONS.isSet(execution)) {
      Var.LATE_CONTRIBUTIONS.set(execution, "keine");
    }
    Var.CONTRIBUTION_OVERVIEW.set(execution, VariableText.fit(overview.toString().strip()));
    Var.PROGRAMME_SLOTS.set(execution, draft);
    Var.PROGRAMME_ROUND.set(execution, 0);
    Var.APPROVAL_NOTE.set(execution, "");
    Var.PROGRAMME_PREVIEW_URL.set(execution, AnnualConferenceProcess.programmePath(businessKey, "html"));
    register.state(businessKey, ConferenceState.PROGRAMM);
  }
}
