package de.fachkraftimfokus.publicactivity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A public activity as the activity register keeps it. An empty region list means statewide
 * (landesweit); {@code periodEnd} equals {@code periodStart} for a single day.
 *
 * @param topics Handlungsfelder (ids of {@code advisorycase.FieldOfAction})
 * @param brandFirstTry whether the first brand check passed; null before the first check
 * @param dateOutcome what the initiator decided on a clash (a {@code DateDecision}), null without one
 * @param resonance the result's resonance (or why it did not take place)
 */
public record PublicActivity(
    String businessKey,
    PublicActivityKind kind,
    String title,
    String description,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<String> regions,
    List<String> topics,
    List<String> targetGroups,
    String link,
    String leadPartner,
    String initiator,
    PublicActivityState state,
    int brandChecks,
    Boolean brandFirstTry,
    String dateOutcome,
    String dateOutcomeText,
    String combinedWith,
    Instant publishedAt,
    Integer participants,
    String resonance,
    String pressLinks) {

  public PublicActivity {
    regions = List.copyOf(regions);
    topics = List.copyOf(topics);
    targetGroups = List.copyOf(targetGroups);
  }

  /** A new announcement, before any check. */
  static PublicActivity announced(String businessKey, PublicActivityKind kind, String title, String description,
      LocalDate periodStart, LocalDate periodEnd, List<String> regions, List<String> topics, List<String> targetGroups,
      String link, String leadPartner, String initiator) {
    return new PublicActivity(businessKey, kind, title, description, periodStart,
        periodEnd == null ? periodStart : periodEnd, regions, topics, targetGroups, link, leadPartner, initiator,
        PublicActivityState.IN_VORBEREITUNG, 0, null, null, null, null, null, null, null, null);
  }

  public boolean singleDay() {
    return periodStart.equals(periodEnd);
  }
}
