package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.decision.DecisionEvaluator;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.SignificanceChoice;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.SignificanceDecision;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Bedeutung vorschlagen</i>: the table {@code change-significance} proposes whether the change is
 * significant (then MS holds an information event, clause 3.4); the announcer's own choice in the
 * start form, given with a reason, overrides it. Proposal, decision and reason stay in the instance.
 */
@Component("proposeSignificanceDelegate")
class ProposeSignificanceDelegate implements JavaDelegate {

  private final DecisionEvaluator decisions;

  ProposeSignificanceDelegate(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeKind kind = Var.CHANGE_KIND.require(execution);
    List<FieldOfAction> fields = FieldOfAction.fromIds(Var.FIELDS_OF_ACTION.get(execution));
    boolean furtherTraining = fields.contains(FieldOfAction.FURTHER_TRAINING)
        || fields.contains(FieldOfAction.HR_DEVELOPMENT);
    List<Map<String, Object>> result = decisions.evaluate(SignificanceDecision.KEY, Map.of(
        SignificanceDecision.INPUT_KIND, kind.name(),
        SignificanceDecision.INPUT_FIELD_COUNT, fields.size(),
        SignificanceDecision.INPUT_FURTHER_TRAINING, furtherTraining));
    if (result.size() != 1 || !(result.get(0).get(SignificanceDecision.OUTPUT_SIGNIFICANT) instanceof Boolean proposed)) {
      throw new IllegalStateException("Die Tabelle " + SignificanceDecision.KEY + " liefert keine eindeutige Bedeutung für "
          + kind + " mit " + fields.size() + " Handlungsfeldern");
    }
    String proposalReason = String.valueOf(result.get(0).get(SignificanceDecision.OUTPUT_REASON));
    SignificanceChoice choice = Var.SIGNIFICANCE_CHOICE.require(execution);
    boolean significant = switch (choice) {
      case VORSCHLAG -> proposed;
      case WESENTLICH -> true;
      case NICHT_WESENTLICH -> false;
    };
    boolean overridden = significant != proposed;
    Var.SIGNIFICANCE_PROPOSED.set(execution, proposed);
    Var.SIGNIFICANCE_PROPOSAL_REASON.set(execution, proposalReason);
    Var.SIGNIFICANT.set(execution, significant);
    Var.SIGNIFICANCE_OVERRIDDEN.set(execution, overridden);
    String text = (significant ? "wesentlich – Informationsveranstaltung des MS" : "nicht wesentlich – Kenntnisnahme genügt")
        + ". Vorschlag der Tabelle: " + (proposed ? "wesentlich" : "nicht wesentlich") + " (" + proposalReason + ")";
    if (choice != SignificanceChoice.VORSCHLAG) {
      text += (overridden ? ". Abweichend festgelegt: " : ". Bestätigt: ") + Var.SIGNIFICANCE_REASON.get(execution).trim();
    }
    Var.SIGNIFICANCE_TEXT.set(execution, de.fachkraftimfokus.process.VariableText.fit(text));
  }
}
