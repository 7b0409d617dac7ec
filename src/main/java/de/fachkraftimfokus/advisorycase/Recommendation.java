package de.fachkraftimfokus.advisorycase;

import java.util.List;

/**
 * What the decision tables recommend after the clearing: the offers (each once) and the path
 * {@code GRUNDBERATUNG}, {@code WEITERVERMITTLUNG} or {@code KOORDINIERTE_BEGLEITUNG}.
 */
public record Recommendation(List<Offer> offers, String path) {

  public static final String GRUNDBERATUNG = "GRUNDBERATUNG";
  public static final String WEITERVERMITTLUNG = "WEITERVERMITTLUNG";
  public static final String KOORDINIERTE_BEGLEITUNG = "KOORDINIERTE_BEGLEITUNG";

  public Recommendation {
    offers = List.copyOf(offers);
  }
}
