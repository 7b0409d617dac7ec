package de.fachkraftimfokus.publicactivity;

import java.util.Arrays;
import java.util.List;

/** Whom a public activity addresses (values of the start form's checklist {@code targetGroups}). */
public enum TargetGroup {
  UNTERNEHMEN("Unternehmen"),
  FACHKRAEFTE("Fach- und Arbeitskräfte"),
  STUDIERENDE("Studierende und Hochschulabsolventen"),
  SCHUELER_AUSZUBILDENDE("Schülerinnen, Schüler und Auszubildende"),
  MULTIPLIKATOREN("Kammern, Verbände und Multiplikatoren"),
  OEFFENTLICHKEIT("Presse und Öffentlichkeit");

  private final String germanName;

  TargetGroup(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  public static String germanNameOf(String id) {
    return Arrays.stream(values()).filter(t -> t.name().equals(id)).findFirst().map(TargetGroup::germanName)
        .orElse(id);
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
