package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Abgelehnte Weitervermittlung klären</i>: re-route to other offers (they are
 * referred next; at least one is needed — the form shows the offers only for a re-route, so it
 * cannot require them) or close them; the declines count as handled either way.
 */
@Component
class HandleDeclinedReferralCompleteListener extends TaskCompletion {

  private final OfferCatalog catalog;

  HandleDeclinedReferralCompleteListener(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables());
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
