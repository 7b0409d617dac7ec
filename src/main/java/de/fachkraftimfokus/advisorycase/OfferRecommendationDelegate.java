package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

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
        Var.URGENCY.get(execution));
    List<Offer> referrable = recommendation.offers().stream().filter(Offer::needsReferral).toList();
    Set<String> recommendedIds = referrable.stream().map(Offer::offerId).collect(Collectors.toSet());
    Var.RECOMMENDED_OFFERS.set(execution, (recommendation.offers()));
    Var.RECOMMENDED_PATH.set(execution, recommendation.path());
    Var.RECOMMENDATION_TEXT.set(execution, text(recommendation));
    Var.OFFER_OPTIONS.set(execution, (catalog.options(recommendedIds)));
    Var.SELECTED_OFFER_IDS.set(execution, (referrable.stream().map(Offer::offerId).toList()));
    Var.CASE_PATH.set(execution, recommendation.path());
  }

  private static String text(Recommendation recommendation) {
    String offers = recommendation.offers().isEmpty() ? "keine"
        : recommendation.offers().stream().map(OfferCatalog::label).collect(Collectors.joining("; "));
    return "Empfohlener Weg: " + PathLabels.of(recommendation.path()) + ". Empfohlene Angebote: " + offers + ".";
  }
}
