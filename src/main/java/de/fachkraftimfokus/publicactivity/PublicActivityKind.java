package de.fachkraftimfokus.publicactivity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of public activity (agreement 1.1–1.3). Ids are the values of the start form's select,
 * the input of the decision table {@code brand-requirements} and the register's {@code activity_type}.
 */
public enum PublicActivityKind {
  PRESS_RELEASE("Pressemitteilung", false),
  EVENT("Veranstaltung", true),
  COMPANY_WORKSHOP("Unternehmensworkshop", true),
  PUBLICATION("Publikation", false),
  WEB_CONTENT("Internetbeitrag", false),
  SOCIAL_MEDIA("Social-Media-Beitrag", false);

  private final String germanName;
  private final boolean coordinated;

  PublicActivityKind(String germanName, boolean coordinated) {
    this.germanName = germanName;
    this.coordinated = coordinated;
  }

  public String germanName() {
    return germanName;
  }

  /**
   * Events and company workshops bring companies together at a time and place: they are coordinated
   * in time with the other partners' (clause 1.3). A press release or a post is not.
   */
  public boolean isCoordinated() {
    return coordinated;
  }

  public static Optional<PublicActivityKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.name().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
