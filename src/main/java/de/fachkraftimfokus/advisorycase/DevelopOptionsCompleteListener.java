package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Handlungsoptionen entwickeln</i>: the Regiocoach's path and offers (the form is
 * the contract of each field). What it cannot say: whoever departs from the recommendation gives a
 * reason, which is kept with the recommendation; a referral path needs at least one offer of a
 * partner.
 */
@Component
class DevelopOptionsCompleteListener extends TaskCompletion {

  private final OfferCatalog catalog;

  DevelopOptionsCompleteListener(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables());
    String path = (String) execution.getVariable(Var.CASE_PATH);
    List<Offer> selected = OfferSelection.check(check, catalog, execution.getVariable(Var.SELECTED_OFFER_IDS),
        Var.SELECTED_OFFER_IDS, "Angebote");
    boolean referring = !Recommendation.GRUNDBERATUNG.equals(path);
    check.rule(!referring || !selected.isEmpty(), Var.SELECTED_OFFER_IDS, "Angebote",
        "für eine Weitervermittlung mindestens ein Angebot wählen");
    boolean overridden = !Objects.equals(path, execution.getVariable(Var.RECOMMENDED_PATH))
        || (referring && !new HashSet<>(ids(selected)).equals(new HashSet<>(recommendedReferralIds(execution))));
    Object reason = execution.getVariable(Var.OVERRIDE_REASON);
    check.rule(!overridden || (reason instanceof String text && !text.isBlank()), Var.OVERRIDE_REASON,
        "Begründung der Abweichung", "Pflichtfeld, wenn Weg oder Angebote von der Empfehlung abweichen");
    check.orThrow();

    List<Offer> referred = referring ? selected : List.of();
    execution.setVariable(Var.RECOMMENDATION_OVERRIDDEN, overridden);
    execution.setVariable(Var.SELECTED_OFFER_IDS, JsonVariables.json(ids(selected)));
    execution.setVariable(Var.SELECTED_OFFERS, JsonVariables.json(referred));
    execution.setVariable(Var.REFERRAL_OFFER_IDS, JsonVariables.json(ids(referred)));
    execution.setVariable(Var.DECLINED_PENDING, false);
  }

  private static List<String> recommendedReferralIds(DelegateExecution execution) {
    return JsonVariables.list(execution, Var.RECOMMENDED_OFFERS, Offer.class).stream()
        .filter(Offer::needsReferral).map(Offer::offerId).toList();
  }

  private static List<String> ids(List<Offer> offers) {
    return offers.stream().map(Offer::offerId).toList();
  }

  /** Checks a checklist of offer ids against the catalog; used for the choice and the re-route. */
  static final class OfferSelection {
    private OfferSelection() {}

    static List<Offer> check(InputCheck check, OfferCatalog catalog, Object value, String field, String label) {
      List<String> ids;
      try {
        ids = JsonVariables.stringList(value);
      } catch (IllegalArgumentException e) {
        check.rule(false, field, label, "keine Liste von Angeboten");
        return List.of();
      }
      Map<String, Offer> known = catalog.referralOffers().stream()
          .collect(Collectors.toMap(Offer::offerId, Function.identity()));
      List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
      check.rule(unknown.isEmpty(), field, label, "unbekanntes Angebot: " + String.join(", ", unknown));
      return ids.stream().distinct().filter(known::containsKey).map(known::get).toList();
    }
  }
}
