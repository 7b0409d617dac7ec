package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.FollowUp;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code evaluateConference}: participants and companies counted, the feedback
 * summarised, each follow-up with a title. Recorded for the monitoring report; the follow-ups go
 * onto the next Jour fixe's agenda in the next step.
 */
@Component("evaluateConferenceListener")
class EvaluateConferenceListener extends TaskCompletion {

  static final int MAX_TITLE = 300;

  private final ConferenceRegister register;

  EvaluateConferenceListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables());
    Long participants = Var.PARTICIPANTS.get(execution);
    Long companies = Var.COMPANIES.get(execution);
    check.rule(participants != null && participants >= 0 && participants <= 100_000, Var.PARTICIPANTS,
        "Teilnehmende", "eine ganze Zahl von 0 bis 100.000");
    check.rule(companies != null && companies >= 0 && companies <= 100_000, Var.COMPANIES, "Unternehmen",
        "eine ganze Zahl von 0 bis 100.000");
    check.rule(!AnnualConferenceProcess.blank(Var.FEEDBACK_SUMMARY.get(execution)), Var.FEEDBACK_SUMMARY,
        "Zusammenfassung der Rückmeldungen", "Pflichtfeld");
    List<FollowUp> followUps = new ArrayList<>();
    int number = 0;
    for (FollowUp row : check.rows(Var.FOLLOW_UPS, "Folgethemen")) {
      number++;
      String title = row == null ? null : AnnualConferenceProcess.trimmed(row.title());
      String description = row == null ? null : AnnualConferenceProcess.trimmed(row.description());
      check.rule(title != null, Var.FOLLOW_UPS, "Folgethema " + number, "Titel erforderlich");
      check.rule(title == null || title.length() <= MAX_TITLE, Var.FOLLOW_UPS, "Folgethema " + number,
          "Titel höchstens " + MAX_TITLE + " Zeichen");
      check.rule(description == null || description.length() <= InputCheck.MAX_TEXT, Var.FOLLOW_UPS,
          "Folgethema " + number, "Beschreibung höchstens " + InputCheck.MAX_TEXT + " Zeichen");
      followUps.add(new FollowUp(title, description));
    }
    check.orThrow();
    register.evaluate(execution.getProcessBusinessKey(), participants.intValue(), companies.intValue(),
        Var.FEEDBACK_SUMMARY.require(execution).trim(), followUps);
    Var.FOLLOW_UPS.set(execution, followUps);
  }
}
