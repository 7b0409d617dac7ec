package de.fachkraftimfokus.jourfixe;

/** How a decision on a coordination request reached it (column {@code jf_decision.delivery}). */
public enum Delivery {
  /** Correlated to the request that waited for it. */
  DELIVERED,
  /** No request waited any more (withdrawn, decided otherwise): the decision is only kept. */
  NO_WAITING_REQUEST
}
