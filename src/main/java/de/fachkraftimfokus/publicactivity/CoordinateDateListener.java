package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.calendar.WorkingDays;
import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.process.Option;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.DateDecision;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code coordinateDate} — what the form shows only for one answer: a move needs the
 * new date (not in the past, in order), combining needs the other activity (one of the clashing
 * ones) and what was agreed, keeping the date needs a reason.
 */
@Component("coordinateDateListener")
class CoordinateDateListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    DateDecision decision = Var.DATE_DECISION.require(execution);
    InputCheck check = InputCheck.of(Map.of());
    boolean noted = !PublicActivityProcess.blank(Var.DATE_DECISION_NOTE.get(execution));
    switch (decision) {
      case VERSCHIEBEN -> PublicActivityProcess.checkPeriod(check, Var.NEW_PERIOD_START.get(execution),
          Var.NEW_PERIOD_END.get(execution), WorkingDays.today(), Var.NEW_PERIOD_START, Var.NEW_PERIOD_END);
      case ZUSAMMENLEGEN -> {
        String other = Var.COMBINE_WITH.get(execution);
        check.rule(other != null && Var.CLASH_OPTIONS.get(execution).stream().map(Option::value).anyMatch(other::equals),
            Var.COMBINE_WITH, "Zusammenlegen mit", "eine der Aktivitäten wählen, mit denen sich der Termin überschneidet");
        check.rule(noted, Var.DATE_DECISION_NOTE, "Begründung / Absprache", "bitte festhalten, was vereinbart ist");
      }
      case BEIBEHALTEN -> check.rule(noted, Var.DATE_DECISION_NOTE, "Begründung / Absprache",
          "bitte begründen, warum der Termin bleibt");
    }
    check.orThrow();
  }
}
