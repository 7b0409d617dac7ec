package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.InputCheck;
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
    boolean reroute = AdvisoryCaseProcess.REROUTE.equals(Var.DECLINED_ACTION.get(execution));
    List<Offer> offers = reroute
        ? DevelopOptionsCompleteListener.OfferSelection.check(check, catalog, Var.REROUTE_OFFER_IDS.get(execution),
            Var.REROUTE_OFFER_IDS, "Andere Angebote")
        : List.of();
    check.rule(!reroute || !offers.isEmpty(), Var.REROUTE_OFFER_IDS, "Andere Angebote",
        "zum erneuten Vermitteln mindestens ein Angebot wählen");
    check.orThrow();

    if (reroute) {
      List<Offer> selected = new ArrayList<>(Var.SELECTED_OFFERS.get(execution));
      offers.stream().filter(o -> selected.stream().noneMatch(s -> s.offerId().equals(o.offerId())))
          .forEach(selected::add);
      Var.SELECTED_OFFERS.set(execution, (selected));
      Var.REFERRAL_OFFER_IDS.set(execution, (offers.stream().map(Offer::offerId).toList()));
    }
    Var.DECLINED_REFERRALS.set(execution, (List.of()));
    Var.DECLINED_REFERRALS_TEXT.set(execution, "");
    Var.DECLINED_PENDING.set(execution, false);
  }
}
