package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.InputCheck;
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
    String path = Var.CASE_PATH.get(execution);
    List<Offer> selected = OfferSelection.check(check, catalog, Var.SELECTED_OFFER_IDS.get(execution),
        Var.SELECTED_OFFER_IDS, "Angebote");
    boolean referring = !Recommendation.GRUNDBERATUNG.equals(path);
    check.rule(!referring || !selected.isEmpty(), Var.SELECTED_OFFER_IDS, "Angebote",
        "für eine Weitervermittlung mindestens ein Angebot wählen");
    boolean overridden = !Objects.equals(path, Var.RECOMMENDED_PATH.get(execution))
        || (referring && !new HashSet<>(ids(selected)).equals(new HashSet<>(recommendedReferralIds(execution))));
    String reason = Var.OVERRIDE_REASON.get(execution);
    check.rule(!overridden || (reason != null && !reason.isBlank()), Var.OVERRIDE_REASON,
        "Begründung der Abweichung", "Pflichtfeld, wenn Weg oder Angebote von der Empfehlung abweichen");
    check.orThrow();

    List<Offer> referred = referring ? selected : List.of();
    Var.RECOMMENDATION_OVERRIDDEN.set(execution, overridden);
    Var.SELECTED_OFFER_IDS.setIfChanged(execution, ids(selected));
    Var.SELECTED_OFFERS.set(execution, (referred));
    Var.REFERRAL_OFFER_IDS.set(execution, (ids(referred)));
    Var.DECLINED_PENDING.set(execution, false);
  }

  private static List<String> recommendedReferralIds(DelegateExecution execution) {
    return Var.RECOMMENDED_OFFERS.get(execution).stream()
        .filter(Offer::needsReferral).map(Offer::offerId).toList();
  }

  private static List<String> ids(List<Offer> offers) {
    return offers.stream().map(Offer::offerId).toList();
  }

  /** Checks a checklist of offer ids against the catalog; used for the choice and the re-route. */
  static final class OfferSelection {
    private OfferSelection() {}

    /** The offers of the ids, which must all be the catalog's (the form's options are). */
    static List<Offer> check(InputCheck check, OfferCatalog catalog, List<String> ids, Variable<?> field,
        String label) {
      Map<String, Offer> known = catalog.referralOffers().stream()
          .collect(Collectors.toMap(Offer::offerId, Function.identity()));
      List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
      check.rule(unknown.isEmpty(), field, label, "unbekanntes Angebot: " + String.join(", ", unknown));
      return ids.stream().distinct().filter(known::containsKey).map(known::get).toList();
    }
  }
}
