package de.fachkraftimfokus.identity;

import de.fachkraftimfokus.region.Region;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Camunda groups of DESIGN.md §1. Ids are the contract; names are what staff see. */
public enum PartnerGroup {
  STK("stk", "Staatskanzlei – Geschäftsstelle Fachkräftesicherung", false),
  MW("mw", "Ministerium für Wissenschaft und Wirtschaft", false),
  MS("ms", "Ministerium für Arbeit und Soziales", false),
  NETWORK_KMU("network-kmu", "Network-KMU – Regiocoaches", true),
  PFIFF("pfiff", "PFIFF – Fachkräfteportal", true),
  TRANSFERZENTREN("transferzentren", "Transferzentren an den Hochschulen incl. Landeskoordinierungsstelle", false),
  AUSBILDUNGSCOACHES("ausbildungscoaches", "Ausbildungscoaches der Kammern", false),
  EINZELPROJEKTE("einzelprojekte", "Einzelprojekte zur Fachkräftesicherung", false),
  WEITERBILDUNG("weiterbildung", "Förderprogramm WEITERBILDUNG und Personalpools", false),
  COCKPIT_READERS("cockpit-readers", "Leitung / Controlling", false),
  CAMUNDA_ADMIN("camunda-admin", "Administration", false);

  private final String id;
  private final String germanName;
  private final boolean regional;

  PartnerGroup(String id, String germanName, boolean regional) {
    this.id = id;
    this.germanName = germanName;
    this.regional = regional;
  }

  public String id() {
    return id;
  }

  public String germanName() {
    return germanName;
  }

  /** Network-KMU and PFIFF work in regions (agreement 3.3): their tasks go to {@code <id>-<region>}. */
  public boolean isRegional() {
    return regional;
  }

  public String regionalGroupId(Region region) {
    if (!regional) {
      throw new IllegalStateException(id + " works without regions");
    }
    return id + "-" + region.id();
  }

  /** Groups whose staff work tasks: every group except monitoring and administration. */
  public static List<PartnerGroup> workingPartners() {
    return Arrays.stream(values())
        .filter(g -> g != COCKPIT_READERS && g != CAMUNDA_ADMIN)
        .toList();
  }

  public static Optional<PartnerGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
