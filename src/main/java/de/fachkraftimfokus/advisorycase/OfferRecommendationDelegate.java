package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Angebote und Weg empfehlen</i>: the decision tables' recommendation, kept as it was, and
 * pre-filled as the Regiocoach's choice for <i>Handlungsoptionen entwickeln</i>.
 */
@Component
class OfferRecommendationDelegate implements JavaDelegate {

  private final OfferRecommender recommender;
  private final OfferCatalog catalog;

  OfferRecommendationDelegate(OfferRecommender recommender, OfferCatalog catalog) {
    this.recommender = recommender;
    this.catalog = catalog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Recommendation recommendation = recommender.recommend(AdvisoryCaseProcess.needs(execution),
        (String) execution.getVariable(Var.URGENCY));
    List<Offer> referrable = recommendation.offers().stream().filter(Offer::needsReferral).toList();
    Set<String> recommendedIds = referrable.stream().map(Offer::offerId).collect(Collectors.toSet());
    execution.setVariable(Var.RECOMMENDED_OFFERS, JsonVariables.json(recommendation.offers()));
    execution.setVariable(Var.RECOMMENDED_PATH, recommendation.path());
    execution.setVariable(Var.RECOMMENDATION_TEXT, text(recommendation));
    execution.setVariable(Var.OFFER_OPTIONS, JsonVariables.json(catalog.options(recommendedIds)));
    execution.setVariable(Var.SELECTED_OFFER_IDS, JsonVariables.json(referrable.stream().map(Offer::offerId).toList()));
    execution.setVariable(Var.CASE_PATH, recommendation.path());
  }

  private static String text(Recommendation recommendation) {
    String offers = recommendation.offers().isEmpty() ? "keine"
        : recommendation.offers().stream().map(OfferCatalog::label).collect(Collectors.joining("; "));
    return "Empfohlener Weg: " + PathLabels.of(recommendation.path()) + ". Empfohlene Angebote: " + offers + ".";
  }
}
