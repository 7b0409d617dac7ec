package de.fachkraftimfokus.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The lead partner of a year's conference rotates among the configured partners (default StK, MW,
 * MS) in their persistent order: the proposal is the partner after the one who actually led the
 * latest earlier conference (kept in {@code fv_conference}, so restarts and a second node continue
 * the rotation). An override with a reason therefore moves the rotation on from the partner who
 * really led. Without an earlier conference the first partner of the order leads.
 */
@Component
class LeadRotation {

  private final ConferenceRegister register;
  private final AnnualConferenceSettings settings;

  LeadRotation(ConferenceRegister register, AnnualConferenceSettings settings) {
    this.register = register;
    this.settings = settings;
  }

  String proposal(int year) {
    List<String> order = settings.leadRotation();
    Optional<String> previous = register.previousLead(year);
    if (previous.isEmpty() || !order.contains(previous.get())) {
      return order.get(0);
    }
    return order.get((order.indexOf(previous.get()) + 1) % order.size());
  }

  String note(int year, String proposed) {
    Optional<String> previous = register.previousLead(year);
    return "Turnusgemäß hat " + year + " die Federführung: " + ConferenceTexts.partner(proposed)
        + previous.map(p -> " (zuletzt: " + ConferenceTexts.partner(p) + ")").orElse(" (erste Fachveranstaltung auf der Plattform)")
        + ". Reihenfolge: " + ConferenceTexts.partners(settings.leadRotation())
        + ". Eine andere Federführung braucht eine Begründung.";
  }
}
