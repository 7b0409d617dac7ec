package de.fachkraftimfokus.company;

import java.util.List;

/**
 * What is known of a company when it is registered: its name as someone spelled it, its postcode,
 * its district id (DESIGN.md §5), its WZ 2008 section and its size band ({@code 1-9}, {@code 10-49},
 * {@code 50-249}, {@code 250+}). Sector and size band may be unknown (null) when a partner's system
 * registers a contact.
 */
public record CompanyData(String name, String postcode, String district, String sector, String sizeBand) {

  /** WZ 2008 sections. */
  public static final List<String> SECTORS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
      "M", "N", "O", "P", "Q", "R", "S", "T", "U");
  /** Size bands by number of employees. */
  public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250+");
}
