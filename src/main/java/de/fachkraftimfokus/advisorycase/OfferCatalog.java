package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.decision.DecisionEvaluator;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Every offer a Regiocoach can refer a company to: what the table {@code offer-for-need} recommends
 * for any Handlungsfeld, without the Regiocoach's own offers. Read from the latest table, so a
 * process owner's change shows at once; kept per deployed version of the table, because working it
 * out evaluates the table once per Handlungsfeld (the benchmark's profile found it at about a
 * seventh of the platform's CPU time when it was worked out on every use).
 */
@Service
public class OfferCatalog {

  private final OfferRecommender recommender;
  private final DecisionEvaluator decisions;
  private volatile Catalog catalog;

  /** The referral offers of one deployed version of the table. */
  private record Catalog(String decisionId, List<Offer> offers) {}

  OfferCatalog(OfferRecommender recommender, DecisionEvaluator decisions) {
    this.recommender = recommender;
    this.decisions = decisions;
  }

  public List<Offer> referralOffers() {
    String current = decisions.latestId(OfferRecommender.OFFER_DECISION).orElse(null);
    Catalog known = catalog;
    if (known == null || current == null || !current.equals(known.decisionId())) {
      List<Offer> offers = recommender.recommend(Arrays.asList(FieldOfAction.values()), OfferRecommender.DEFAULT_URGENCY)
          .offers().stream().filter(Offer::needsReferral).toList();
      known = new Catalog(current, offers);
      catalog = known;
    }
    return known.offers();
  }

  public Optional<Offer> byId(String offerId) {
    return referralOffers().stream().filter(o -> o.offerId().equals(offerId)).findFirst();
  }

  /** The checklist options of the forms ({@code valuesKey}), recommended offers marked. */
  public List<Option> options(Set<String> recommendedIds) {
    return referralOffers().stream()
        .map(o -> new Option(label(o) + (recommendedIds.contains(o.offerId()) ? " – empfohlen" : ""),
            o.offerId()))
        .toList();
  }

  static String label(Offer offer) {
    String partner = PartnerGroup.byId(offer.partnerGroup()).map(PartnerGroup::germanName).orElse(offer.partnerGroup());
    return offer.offerName() + " (" + partner + ")";
  }
}
