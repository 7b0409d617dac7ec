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
  /**
   * Owners of the models, decision tables and forms (DESIGN.md §1): they work only the tasks
   * modelled for them (e.g. <i>Angebotstabelle anpassen</i> of {@code project-change}), read every
   * definition, never a case's contact data. No partner: they get no partner mail, no statement,
   * no Jour fixe role. Deploying and migrating are issue 17's, not yet granted.
   */
  PROCESS_OWNERS("process-owners", "Prozessverantwortliche", false),
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

  /**
   * The partners of the cooperation, whose staff work the cases and are told of each other's plans:
   * every group except monitoring, the process owners and administration.
   */
  public static List<PartnerGroup> workingPartners() {
    return Arrays.stream(values())
        .filter(g -> g != COCKPIT_READERS && g != PROCESS_OWNERS && g != CAMUNDA_ADMIN)
        .toList();
  }

  public static Optional<PartnerGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }

  /**
   * What a person reads for a group id, a partner's or a regional one: „PFIFF – Fachkräfteportal,
   * Region Harz“ for {@code pfiff-harz}. An unknown id is returned as it is.
   */
  public static String displayName(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return "";
    }
    Optional<PartnerGroup> direct = byId(groupId);
    if (direct.isPresent()) {
      return direct.get().germanName();
    }
    for (PartnerGroup group : values()) {
      if (group.regional) {
        for (Region region : Region.values()) {
          if (group.regionalGroupId(region).equals(groupId)) {
            return group.germanName() + ", Region " + region.germanName();
          }
        }
      }
    }
    return groupId;
  }
}
