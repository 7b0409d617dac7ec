package de.fachkraftimfokus.region;

import java.util.Arrays;
import java.util.Optional;

/** The 14 districts (Landkreise and kreisfreie Städte) of Sachsen-Anhalt; ids are the contract (DESIGN.md §5). */
public enum District {
  ALTMARKKREIS_SALZWEDEL("altmarkkreis-salzwedel", "Altmarkkreis Salzwedel", Region.ALTMARK),
  STENDAL("stendal", "Stendal", Region.ALTMARK),
  MAGDEBURG("magdeburg", "Magdeburg", Region.MAGDEBURG),
  BOERDE("boerde", "Börde", Region.MAGDEBURG),
  JERICHOWER_LAND("jerichower-land", "Jerichower Land", Region.MAGDEBURG),
  SALZLANDKREIS("salzlandkreis", "Salzlandkreis", Region.MAGDEBURG),
  HARZ("harz", "Harz", Region.HARZ),
  ANHALT_BITTERFELD("anhalt-bitterfeld", "Anhalt-Bitterfeld", Region.ANHALT),
  DESSAU_ROSSLAU("dessau-rosslau", "Dessau-Roßlau", Region.ANHALT),
  WITTENBERG("wittenberg", "Wittenberg", Region.ANHALT),
  HALLE("halle", "Halle (Saale)", Region.HALLE),
  SAALEKREIS("saalekreis", "Saalekreis", Region.HALLE),
  BURGENLANDKREIS("burgenlandkreis", "Burgenlandkreis", Region.HALLE),
  MANSFELD_SUEDHARZ("mansfeld-suedharz", "Mansfeld-Südharz", Region.HALLE);

  private final String id;
  private final String germanName;
  private final Region region;

  District(String id, String germanName, Region region) {
    this.id = id;
    this.germanName = germanName;
    this.region = region;
  }

  public String id() {
    return id;
  }

  public String germanName() {
    return germanName;
  }

  /** The region of the agreement's map; the DMN table decides in processes, a test checks they agree. */
  public Region region() {
    return region;
  }

  public static Optional<District> byId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
