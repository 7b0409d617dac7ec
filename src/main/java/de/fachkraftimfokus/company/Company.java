package de.fachkraftimfokus.company;

import java.time.Instant;

/**
 * One company of the registry. {@code name} is the spelling of its first registration;
 * {@code normalizedName} together with {@code postcode} identifies it however it is spelled later.
 */
public record Company(long id, String name, String normalizedName, String postcode, String district,
    String sector, String sizeBand, Instant createdAt) {}
