package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Element;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.YearlyNumbers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a year's conference (both start events): the year — named in the start form, or the
 * current one for the schedule — must be this year or one of the next five, and must not have a
 * conference yet: the second start of a year is refused in German (400, nothing written). Gives the
 * conference its business key {@code FV-<year>}, reserves the year and proposes the lead partner by
 * the rotation.
 */
@Component("annualConferenceStartListener")
class AnnualConferenceStartListener implements ExecutionListener {

  static final int YEARS_AHEAD = 5;

  private final ConferenceRegister register;
  private final LeadRotation rotation;

  AnnualConferenceStartListener(ConferenceRegister register, LeadRotation rotation) {
    this.register = register;
    this.rotation = rotation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int current = YearlyNumbers.currentYear();
    Integer year;
    if (Element.START_BY_SCHEDULE.equals(execution.getCurrentActivityId())) {
      year = Var.CONFERENCE_YEAR.isSet(execution) ? Var.CONFERENCE_YEAR.get(execution) : current;
    } else {
      year = Var.CONFERENCE_YEAR.get(execution);
    }
    InputCheck check = InputCheck.of(Map.of());
    check.rule(year != null, Var.CONFERENCE_YEAR, "Jahr", "Pflichtfeld");
    if (year != null) {
      check.rule(year >= current && year <= current + YEARS_AHEAD, Var.CONFERENCE_YEAR, "Jahr",
          "das laufende Jahr oder eines der nächsten " + YEARS_AHEAD + " Jahre (" + current + "–" + (current + YEARS_AHEAD) + ")");
    }
    check.orThrow();
    refuseSecond(year);
    String businessKey = AnnualConferenceProcess.businessKey(year);
    BusinessKeys.assign(execution, () -> businessKey);
    String proposed = rotation.proposal(year);
    if (!register.reserve(businessKey, year, Var.INITIATOR.get(execution), proposed)) {
      refuseSecond(year);
      throw new IllegalStateException("Jahr " + year + " ließ sich nicht reservieren");
    }
    Var.CONFERENCE_YEAR.set(execution, year);
    Var.PROPOSED_LEAD.set(execution, proposed);
    Var.LEAD_PARTNER.set(execution, proposed);
    Var.ROTATION_NOTE.set(execution, rotation.note(year, proposed));
  }

  private void refuseSecond(int year) {
    register.ofYear(year).ifPresent(existing -> {
      throw new de.fachkraftimfokus.validation.InvalidInputException(List.of(new de.fachkraftimfokus.validation.FieldError(
          Var.CONFERENCE_YEAR.name(), "Jahr", "Für " + year + " gibt es schon die Fachveranstaltung "
              + existing.businessKey() + "; je Jahr findet eine gemeinsame Fachveranstaltung statt")));
    });
  }
}
