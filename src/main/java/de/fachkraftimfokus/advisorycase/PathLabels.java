package de.fachkraftimfokus.advisorycase;

import java.util.Map;

/** German names of the paths of a case, as the forms show them. */
final class PathLabels {

  private static final Map<String, String> LABELS = Map.of(
      Recommendation.GRUNDBERATUNG, "Grundberatung durch den Regiocoach",
      Recommendation.WEITERVERMITTLUNG, "Weitervermittlung (Lotsenfunktion)",
      Recommendation.KOORDINIERTE_BEGLEITUNG, "Koordinierte Begleitung");

  private PathLabels() {}

  static String of(String path) {
    return LABELS.getOrDefault(path, path);
  }
}
