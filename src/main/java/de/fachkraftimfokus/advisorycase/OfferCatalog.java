package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Every offer a Regiocoach can refer a company to: what the table {@code offer-for-need} recommends
 * for any Handlungsfeld, without the Regiocoach's own offers. Read from the latest table each time,
 * so a process owner's change shows at once.
 */
@Service
public class OfferCatalog {

  private final OfferRecommender recommender;

  OfferCatalog(OfferRecommender recommender) {
    this.recommender = recommender;
  }

  public List<Offer> referralOffers() {
    return recommender.recommend(Arrays.asList(FieldOfAction.values()), OfferRecommender.DEFAULT_URGENCY)
        .offers().stream().filter(Offer::needsReferral).toList();
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
