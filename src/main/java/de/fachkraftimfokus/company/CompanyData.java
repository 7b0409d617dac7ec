package de.fachkraftimfokus.company;

/**
 * What is known of a company when it is registered: its name as someone spelled it, its postcode,
 * its district id (DESIGN.md §5), its WZ 2008 section and its size band ({@code 1-9}, {@code 10-49},
 * {@code 50-249}, {@code 250+}). Sector and size band may be unknown (null) when a partner's system
 * registers a contact.
 */
public record CompanyData(String name, String postcode, String district, String sector, String sizeBand) {}
