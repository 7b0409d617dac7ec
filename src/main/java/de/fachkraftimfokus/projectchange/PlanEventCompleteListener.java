package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Informationsveranstaltung planen</i> (MS): the date lies ahead, the agenda holds
 * the advice on WEITERBILDUNG and the Personalpools (clause 3.4), and every region that must be there
 * is invited — all Network-KMU regions for a significant change, the newcomers' regions for an
 * Einarbeitung. The documentation task appears when the event begins.
 */
@Component("planEventCompleteListener")
class PlanEventCompleteListener extends TaskCompletion {

  private final ProjectChangeService service;

  PlanEventCompleteListener(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(Map.of());
    LocalDate date = Var.EVENT_DATE.get(execution);
    LocalDate today = WorkingDays.today();
    check.rule(date != null && date.isAfter(today), Var.EVENT_DATE, "Datum", "muss in der Zukunft liegen");
    LocalTime time = time(Var.EVENT_TIME.get(execution));
    check.rule(time != null, Var.EVENT_TIME, "Beginn", "Uhrzeit als SS:MM, z. B. 10:00");
    check.rule(Var.AGENDA_FURTHER_TRAINING.isTrue(execution), Var.AGENDA_FURTHER_TRAINING,
        "Beratung zum Förderprogramm WEITERBILDUNG", "gehört zu jeder Informationsveranstaltung (3.4)");
    check.rule(Var.AGENDA_PERSONNEL_POOLS.isTrue(execution), Var.AGENDA_PERSONNEL_POOLS,
        "Potenziale der Personalpools", "gehört zu jeder Informationsveranstaltung (3.4)");
    List<String> invitees = Var.INVITEE_REGIONS.get(execution);
    List<String> missing = Var.REQUIRED_REGIONS.get(execution).stream().filter(r -> !invitees.contains(r))
        .map(id -> Region.byId(id).map(Region::germanName).orElse(id)).toList();
    check.rule(missing.isEmpty(), Var.INVITEE_REGIONS, "Eingeladene Regionen",
        (Var.CHANGE_KIND.require(execution) == ChangeKind.ONBOARDING ? "die Regionen der neuen Regiocoaches"
            : "bei einer wesentlichen Änderung alle Regionen von Network-KMU") + " einladen; es fehlt: "
            + String.join(", ", missing));
    check.orThrow();
    ZonedDateTime starts = date.atTime(time).atZone(WorkingDays.ZONE);
    Var.EVENT_STARTS_AT.set(execution, Date.from(starts.toInstant()));
    String when = ProjectChangeService.GERMAN_DATE.format(date) + ", " + Var.EVENT_TIME.get(execution).trim() + " Uhr";
    Var.EVENT_SUMMARY.set(execution, VariableText.fit("Termin: " + when + "\nOrt: " + Var.EVENT_PLACE.require(execution).trim()
        + "\nEingeladen: Network-KMU " + String.join(", ", invitees.stream()
            .map(id -> Region.byId(id).map(Region::germanName).orElse(id)).toList())
        + " und das Ministerium für Arbeit und Soziales"));
    service.recordEvent(execution.getProcessBusinessKey(), "geplant für " + when);
  }

  private static LocalTime time(String text) {
    if (text == null || !text.trim().matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
