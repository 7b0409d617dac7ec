package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Abgelehnte Weitervermittlung klären</i>: re-route to other offers (they are
 * referred next) or close them; the declines count as handled either way.
 */
@Component
class HandleDeclinedReferralCompleteListener implements TaskListener {

  private final OfferCatalog catalog;

  HandleDeclinedReferralCompleteListener(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task.getVariables())
        .oneOf(Var.DECLINED_ACTION, "Wie geht es weiter?", List.of(AdvisoryCaseProcess.REROUTE, AdvisoryCaseProcess.CLOSE))
        .requiredText(Var.DECLINE_HANDLING_NOTE, "Begründung / Absprache mit dem Unternehmen");
    boolean reroute = AdvisoryCaseProcess.REROUTE.equals(task.getVariable(Var.DECLINED_ACTION));
    List<Offer> offers = reroute
        ? DevelopOptionsCompleteListener.OfferSelection.check(check, catalog, task.getVariable(Var.REROUTE_OFFER_IDS),
            Var.REROUTE_OFFER_IDS, "Andere Angebote")
        : List.of();
    check.rule(!reroute || !offers.isEmpty(), Var.REROUTE_OFFER_IDS, "Andere Angebote",
        "zum erneuten Vermitteln mindestens ein Angebot wählen");
    check.orThrow();

    if (reroute) {
      List<Offer> selected = new ArrayList<>(AdvisoryCaseProcess.selectedOffers(task));
      offers.stream().filter(o -> selected.stream().noneMatch(s -> s.offerId().equals(o.offerId())))
          .forEach(selected::add);
      task.setVariable(Var.SELECTED_OFFERS, JsonVariables.json(selected));
      task.setVariable(Var.REFERRAL_OFFER_IDS, JsonVariables.json(offers.stream().map(Offer::offerId).toList()));
    }
    task.setVariable(Var.DECLINED_REFERRALS, JsonVariables.json(List.of()));
    task.setVariable(Var.DECLINED_REFERRALS_TEXT, "");
    task.setVariable(Var.DECLINED_PENDING, false);
  }
}
