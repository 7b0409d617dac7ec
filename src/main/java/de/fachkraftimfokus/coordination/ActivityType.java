package de.fachkraftimfokus.coordination;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The five kinds of activity that clause 2.3 asks partners to announce and agree beforehand. */
public enum ActivityType {
  EVALUATION("Evaluation bestehender Strukturen"),
  COMPANY_SURVEY("Unternehmensbefragung"),
  DEMAND_ANALYSIS("Branchenbezogene Fachkräftebedarfsanalyse"),
  CONCEPT("Konzeptentwicklung"),
  PUBLIC_PRESENTATION("Öffentliche Darstellung eines Querschnittsthemas");

  private final String germanName;

  ActivityType(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }

  public static Optional<ActivityType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.name().equals(id)).findFirst();
  }
}
