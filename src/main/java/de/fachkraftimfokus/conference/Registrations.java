package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Registration;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import java.util.ArrayList;
import java.util.List;

/** The rules of a registration, for the Tasklist form and the registration API alike. */
final class Registrations {

  static final int MAX_COMPANY = 300;
  static final int MAX_PARTICIPANTS = 10_000;

  private Registrations() {}

  /** The rows of {@code newRegistrations}, trimmed, or a German refusal naming each wrong row. */
  static List<Registration> read(InputCheck check) {
    List<Registration> rows = new ArrayList<>();
    int number = 0;
    for (Registration row : check.rows(Var.NEW_REGISTRATIONS, "Neue Anmeldungen")) {
      number++;
      String label = "Anmeldung " + number;
      String company = row == null ? null : AnnualConferenceProcess.trimmed(row.companyName());
      Long participants = row == null ? null : row.participants();
      check.rule(company != null, Var.NEW_REGISTRATIONS, label, "Name des Unternehmens erforderlich");
      check.rule(company == null || company.length() <= MAX_COMPANY, Var.NEW_REGISTRATIONS, label,
          "Name höchstens " + MAX_COMPANY + " Zeichen");
      check.rule(participants != null && participants >= 1 && participants <= MAX_PARTICIPANTS, Var.NEW_REGISTRATIONS,
          label, "Teilnehmende: eine ganze Zahl von 1 bis " + MAX_PARTICIPANTS);
      rows.add(new Registration(company, participants));
    }
    check.orThrow();
    return rows;
  }

  static String summary(ConferenceRegister.Totals totals) {
    return totals.registrations() == 0 ? "Noch keine Anmeldungen."
        : "Bisher " + totals.registrations() + " Anmeldungen: " + totals.participants() + " Teilnehmende aus "
            + totals.companies() + " Unternehmen.";
  }
}
