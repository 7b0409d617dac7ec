package de.fachkraftimfokus.contact;

import java.util.List;

/**
 * Outcome of the double-approach check: either this reference is now the registered contact
 * ({@code claimed}), or other partners are or recently were in contact and nothing was registered
 * ({@code conflicts} lists them, for <i>Ansprache abstimmen</i>).
 */
public record ClaimResult(boolean claimed, List<Contact> conflicts) {

  public ClaimResult {
    conflicts = List.copyOf(conflicts);
  }
}
