package de.fachkraftimfokus.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * An announced activity as the register keeps it. Empty sector, region or size lists mean "all"
 * for that dimension (at least one sector or region is required at announcement).
 */
public record Activity(
    String businessKey,
    ActivityType type,
    String title,
    String description,
    List<String> sectors,
    List<String> regions,
    List<String> sizeBands,
    LocalDate periodStart,
    LocalDate periodEnd,
    String leadPartner,
    Integer expectedCompanies,
    String initiator,
    ActivityState state,
    int round,
    String resultText) {

  public Activity {
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
    sizeBands = List.copyOf(sizeBands);
  }
}
