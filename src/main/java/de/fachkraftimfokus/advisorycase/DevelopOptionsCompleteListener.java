package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Handlungsoptionen entwickeln</i>: the Regiocoach's path and offers. Whoever
 * departs from the recommendation gives a reason, which is kept with the recommendation; a
 * referral path needs at least one offer of a partner.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class DevelopOptionsCompleteListener implements ExecutionListener {

  private final OfferCatalog catalog;

  DevelopOptionsCompleteListener(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck check = InputCheck.of(execution.getVariables())
        .oneOf(Var.CASE_PATH, "Weg", AdvisoryCaseProcess.PATHS)
        .requiredText(Var.OPTIONS_SUMMARY, "Entwickelte Handlungsoptionen")
        .optionalText(Var.OVERRIDE_REASON, "Begründung der Abweichung");
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
