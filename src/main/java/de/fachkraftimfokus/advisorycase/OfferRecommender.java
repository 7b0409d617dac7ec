package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.decision.DecisionEvaluator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Recommends offers and the path of an advisory case from the clearing's needs (DESIGN.md §2.1
 * steps 6 and 7), by the process owners' decision tables {@code offer-for-need} and {@code case-path}.
 */
@Service
public class OfferRecommender {

  public static final String OFFER_DECISION = "offer-for-need";
  public static final String PATH_DECISION = "case-path";
  public static final String INPUT_NEED = "need";
  public static final String OUTPUT_OFFER_ID = "offerId";
  public static final String OUTPUT_OFFER_NAME = "offerName";
  public static final String OUTPUT_PARTNER_GROUP = "partnerGroup";
  public static final String OUTPUT_EXTERNAL_CONSULTANCY = "externalConsultancy";
  public static final String INPUT_NEED_COUNT = "needCount";
  public static final String INPUT_PARTNER_COUNT = "partnerCount";
  public static final String INPUT_URGENCY = "urgency";
  public static final String OUTPUT_PATH = "path";

  public static final String URGENCY_LOW = "NIEDRIG";
  public static final String URGENCY_NORMAL = "NORMAL";
  public static final String URGENCY_HIGH = "HOCH";
  public static final List<String> URGENCIES = List.of(URGENCY_LOW, URGENCY_NORMAL, URGENCY_HIGH);
  public static final String DEFAULT_URGENCY = URGENCY_NORMAL;

  private final DecisionEvaluator decisions;

  OfferRecommender(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  /**
   * Evaluates {@code offer-for-need} once per need (offers recommended for several needs appear
   * once, in the order of the first need), then {@code case-path} with the number of needs, the
   * number of distinct referral partners (the Regiocoach's own {@code network-kmu} does not count)
   * and the urgency.
   *
   * @param urgency {@code NIEDRIG}, {@code NORMAL} or {@code HOCH}; null means {@code NORMAL}
   */
  public Recommendation recommend(Collection<FieldOfAction> needs, String urgency) {
    String checkedUrgency = urgency == null || urgency.isBlank() ? DEFAULT_URGENCY : urgency;
    if (!URGENCIES.contains(checkedUrgency)) {
      throw new IllegalArgumentException("Unbekannte Dringlichkeit „" + urgency + "“ (erlaubt: NIEDRIG, NORMAL, HOCH)");
    }
    Set<FieldOfAction> distinctNeeds = new LinkedHashSet<>(needs);
    Map<String, Offer> offers = new LinkedHashMap<>();
    for (FieldOfAction need : distinctNeeds) {
      for (Map<String, Object> row : decisions.evaluate(OFFER_DECISION, Map.of(INPUT_NEED, need.id()))) {
        Offer offer = new Offer((String) row.get(OUTPUT_OFFER_ID), (String) row.get(OUTPUT_OFFER_NAME),
            (String) row.get(OUTPUT_PARTNER_GROUP), Boolean.TRUE.equals(row.get(OUTPUT_EXTERNAL_CONSULTANCY)));
        offers.putIfAbsent(offer.offerId(), offer);
      }
    }
    long partnerCount = offers.values().stream().filter(Offer::needsReferral).map(Offer::partnerGroup)
        .distinct().count();
    List<Map<String, Object>> path = decisions.evaluate(PATH_DECISION, Map.of(
        INPUT_NEED_COUNT, distinctNeeds.size(), INPUT_PARTNER_COUNT, (int) partnerCount,
        INPUT_URGENCY, checkedUrgency));
    if (path.isEmpty() || !(path.get(0).get(OUTPUT_PATH) instanceof String chosen)) {
      throw new IllegalStateException("Die Tabelle case-path liefert keinen Weg für " + distinctNeeds.size()
          + " Handlungsfelder, " + partnerCount + " Partner, Dringlichkeit " + checkedUrgency);
    }
    return new Recommendation(List.copyOf(offers.values()), chosen);
  }
}
