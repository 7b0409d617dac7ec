package de.fachkraftimfokus.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five planning regions of Sachsen-Anhalt (DESIGN.md §1). Region ids are part of the contract:
 * regional groups are named {@code network-kmu-<id>} and {@code pfiff-<id>}.
 *
 * <p>Which district belongs to which region is decided at run time by the DMN table
 * {@code region-for-district}, which process owners maintain; {@link District} only lists the ids
 * the platform accepts, and a test keeps both in step.
 */
public enum Region {
  ALTMARK("altmark", "Altmark"),
  MAGDEBURG("magdeburg", "Magdeburg"),
  HARZ("harz", "Harz"),
  ANHALT("anhalt", "Anhalt-Bitterfeld-Wittenberg"),
  HALLE("halle", "Halle");

  private final String id;
  private final String germanName;

  Region(String id, String germanName) {
    this.id = id;
    this.germanName = germanName;
  }

  public String id() {
    return id;
  }

  public String germanName() {
    return germanName;
  }

  public static Optional<Region> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
