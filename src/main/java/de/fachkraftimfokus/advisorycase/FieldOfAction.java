package de.fachkraftimfokus.advisorycase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Handlungsfelder of the clearing (DESIGN.md §2.1 step 5). Ids are the values of the clearing
 * form's checklist and the input of the decision table {@code offer-for-need}.
 */
public enum FieldOfAction {
  RECRUITING("Fachkräftegewinnung/Rekrutierung"),
  APPRENTICESHIP("Ausbildung"),
  GRADUATES("Hochschulabsolventen und Studierende"),
  FURTHER_TRAINING("Weiterbildung/Qualifizierung"),
  HR_DEVELOPMENT("Personal- und Organisationsentwicklung"),
  ATTRACTIVENESS("Arbeitgeberattraktivität"),
  DIVERSITY("Vielfalt/Diversity"),
  HEALTH_MANAGEMENT("Betriebliches Gesundheitsmanagement"),
  TARGET_GROUPS("Zielgruppen, z. B. Ältere, Frauen, Menschen mit Migrationshintergrund"),
  SCHOOL_TO_WORK("Übergang Schule–Beruf"),
  NETWORKING("Vernetzung/Kooperation");

  private final String germanLabel;

  FieldOfAction(String germanLabel) {
    this.germanLabel = germanLabel;
  }

  /** The id used in forms, variables and the decision table (the constant's name). */
  public String id() {
    return name();
  }

  public String germanLabel() {
    return germanLabel;
  }

  public static Optional<FieldOfAction> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.name().equals(id)).findFirst();
  }

  /**
   * The fields of a list of ids, in the given order, without duplicates.
   *
   * @throws IllegalArgumentException (German) for an unknown id
   */
  public static List<FieldOfAction> fromIds(Collection<?> ids) {
    Set<FieldOfAction> fields = new LinkedHashSet<>();
    for (Object id : ids) {
      fields.add(byId(String.valueOf(id)).orElseThrow(() ->
          new IllegalArgumentException("Unbekanntes Handlungsfeld „" + id + "“")));
    }
    return new ArrayList<>(fields);
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FieldOfAction::id).toList();
  }
}
