package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Abgelehnte Weitervermittlung klären</i>: re-route to other offers (they are
 * referred next) or close them; the declines count as handled either way.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class HandleDeclinedReferralCompleteListener implements ExecutionListener {

  private final OfferCatalog catalog;

  HandleDeclinedReferralCompleteListener(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck check = InputCheck.of(execution.getVariables())
        .oneOf(Var.DECLINED_ACTION, "Wie geht es weiter?", List.of(AdvisoryCaseProcess.REROUTE, AdvisoryCaseProcess.CLOSE))
        .requiredText(Var.DECLINE_HANDLING_NOTE, "Begründung / Absprache mit dem Unternehmen");
    boolean reroute = AdvisoryCaseProcess.REROUTE.equals(execution.getVariable(Var.DECLINED_ACTION));
    List<Offer> offers = reroute
        ? DevelopOptionsCompleteListener.OfferSelection.check(check, catalog, execution.getVariable(Var.REROUTE_OFFER_IDS),
            Var.REROUTE_OFFER_IDS, "Andere Angebote")
        : List.of();
    check.rule(!reroute || !offers.isEmpty(), Var.REROUTE_OFFER_IDS, "Andere Angebote",
        "zum erneuten Vermitteln mindestens ein Angebot wählen");
    check.orThrow();

    if (reroute) {
      List<Offer> selected = new ArrayList<>(AdvisoryCaseProcess.selectedOffers(execution));
      offers.stream().filter(o -> selected.stream().noneMatch(s -> s.offerId().equals(o.offerId())))
          .forEach(selected::add);
      execution.setVariable(Var.SELECTED_OFFERS, JsonVariables.json(selected));
      execution.setVariable(Var.REFERRAL_OFFER_IDS, JsonVariables.json(offers.stream().map(Offer::offerId).toList()));
    }
    execution.setVariable(Var.DECLINED_REFERRALS, JsonVariables.json(List.of()));
    execution.setVariable(Var.DECLINED_REFERRALS_TEXT, "");
    execution.setVariable(Var.DECLINED_PENDING, false);
  }
}
