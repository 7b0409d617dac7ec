package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceFormat;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code setLeadAndDate}: what the form cannot say — the lead is one of the rotating
 * partners and a departure from the rotation has a reason; the date lies in the conference's year
 * and in the future; the contribution due date and the registration deadline come before it; a
 * conference on site names its place. The plan is recorded and the call for contributions prepared.
 */
@Component("setLeadAndDateListener")
class SetLeadAndDateListener extends TaskCompletion {

  private final ConferenceRegister register;
  private final AnnualConferenceSettings settings;

  SetLeadAndDateListener(ConferenceRegister register, AnnualConferenceSettings settings) {
    this.register = register;
    this.settings = settings;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    LocalDate today = ConferenceTexts.today();
    int year = Var.CONFERENCE_YEAR.require(execution);
    String lead = Var.LEAD_PARTNER.get(execution);
    String proposed = Var.PROPOSED_LEAD.require(execution);
    String reason = AnnualConferenceProcess.trimmed(Var.LEAD_OVERRIDE_REASON.get(execution));
    LocalDate date = Var.CONFERENCE_DATE.get(execution);
    LocalDate due = Var.CONTRIBUTION_DUE_DATE.get(execution);
    LocalDate deadline = Var.REGISTRATION_DEADLINE.get(execution);
    ConferenceFormat format = Var.CONFERENCE_FORMAT.get(execution);
    String venue = AnnualConferenceProcess.trimmed(Var.VENUE.get(execution));
    Long budget = Var.BUDGET_FRAME.get(execution);

    InputCheck check = InputCheck.of(Map.of());
    check.rule(lead != null && settings.leadRotation().contains(lead), Var.LEAD_PARTNER, "Federführung",
        "einer der Partner " + ConferenceTexts.partners(settings.leadRotation()));
    check.rule(lead == null || lead.equals(proposed) || reason != null, Var.LEAD_OVERRIDE_REASON,
        "Begründung der abweichenden Federführung", "bitte begründen, warum nicht "
            + ConferenceTexts.partner(proposed) + " die Federführung hat");
    check.rule(date != null, Var.CONFERENCE_DATE, "Termin", "Pflichtfeld");
    if (date != null) {
      check.rule(date.getYear() == year, Var.CONFERENCE_DATE, "Termin", "muss im Jahr " + year + " liegen");
      check.rule(date.isAfter(today), Var.CONFERENCE_DATE, "Termin", "muss in der Zukunft liegen");
      check.rule(due == null || !due.isBefore(today) && due.isBefore(date), Var.CONTRIBUTION_DUE_DATE,
          "Programmbeiträge fällig am", "frühestens heute und vor dem Termin der Veranstaltung");
      check.rule(deadline == null || !deadline.isBefore(today) && !deadline.isAfter(date), Var.REGISTRATION_DEADLINE,
          "Anmeldeschluss", "frühestens heute und nicht nach dem Termin der Veranstaltung");
    }
    check.rule(due != null, Var.CONTRIBUTION_DUE_DATE, "Programmbeiträge fällig am", "Pflichtfeld");
    check.rule(deadline != null, Var.REGISTRATION_DEADLINE, "Anmeldeschluss", "Pflichtfeld");
    check.rule(due == null || deadline == null || !deadline.isBefore(due), Var.REGISTRATION_DEADLINE, "Anmeldeschluss",
        "nicht vor der Frist der Programmbeiträge: eingeladen wird mit dem fertigen Programm");
    check.rule(format != null, Var.CONFERENCE_FORMAT, "Format", "Pflichtfeld");
    check.rule(format == ConferenceFormat.ONLINE || venue != null, Var.VENUE, "Ort",
        "bei einer Veranstaltung vor Ort bitte den Ort angeben");
    check.rule(budget == null || budget >= 0, Var.BUDGET_FRAME, "Budgetrahmen", "darf nicht negativ sein");
    check.rule(!AnnualConferenceProcess.blank(Var.MOTTO.get(execution)), Var.MOTTO, "Motto", "Pflichtfeld");
    check.orThrow();

    String businessKey = execution.getProcessBusinessKey();
    register.fix(businessKey, lead, lead.equals(proposed) ? null : reason, date, format, venue,
        Var.MOTTO.require(execution).trim(), AnnualConferenceProcess.trimmed(Var.TOPICS.get(execution)), budget,
        deadline, due);
    register.askContributions(businessKey, settings.contributionPartners());
    Var.CONTRIBUTION_PARTNERS.set(execution, settings.contributionPartners());
    Var.CONTRIBUTION_DUE.set(execution, ConferenceTexts.endOf(due));
    Var.REGISTRATION_CLOSES.set(execution, ConferenceTexts.endOf(deadline));
    Var.EVALUATION_START.set(execution, ConferenceTexts.at(date.plusDays(1), 8));
    Var.EVALUATION_DUE.set(execution, ConferenceTexts.at(date.plusDays(1 + settings.evaluationDays()), 8));
    Var.CONFERENCE_SUMMARY.set(execution, ConferenceTexts.summary(register.find(businessKey).orElseThrow()));
  }
}
