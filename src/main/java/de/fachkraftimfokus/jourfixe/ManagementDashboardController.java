package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Leitung's business figures for the Cockpit dashboard ({@code cockpit/scripts/kennzahlen.js}):
 * readable by {@code cockpit-readers} and the administration only. Cockpit calls it with its own
 * session (the {@code /api} filter accepts the web apps' session for GET), other clients with HTTP Basic.
 */
@RestController
@RequestMapping("/api/dashboard")
class ManagementDashboardController {

  private static final Set<String> READERS = Set.of(PartnerGroup.COCKPIT_READERS.id(), PartnerGroup.CAMUNDA_ADMIN.id());

  private final ManagementDashboard dashboard;
  private final IdentityService identityService;

  ManagementDashboardController(ManagementDashboard dashboard, IdentityService identityService) {
    this.dashboard = dashboard;
    this.identityService = identityService;
  }

  @GetMapping
  @Operation(operationId = "getDashboard", summary = "Kennzahlen für die Leitung",
      description = "Beratungsfälle je Monat nach Region (eröffnet) und nach Weg (beendet, auch Rückzug und Übergabe), "
          + "Weitervermittlungen je Partner und Ausgang, überfällige Aufgaben je Gruppe (jetzt), vermiedene "
          + "Doppelansprachen, Vorabstimmungen je Stand. Zeitraum: die `months` Monate (1–36, Standard 12) bis "
          + "einschließlich `to` (JJJJ-MM, Standard: laufender Monat). Nur Zahlen, keine personenbezogenen Daten. "
          + "Lesen: cockpit-readers und camunda-admin.")
  ResponseEntity<ManagementDashboard.Figures> figures(@RequestParam(required = false) String to,
      @RequestParam(required = false) Integer months) {
    refuseUnlessReader();
    YearMonth last = month(to);
    int count = months(months);
    return ResponseEntity.ok(unchecked(() -> dashboard.compute(last, count)));
  }

  @GetMapping("/cases")
  @Operation(operationId = "listDashboardCases", summary = "Beratungsfälle mit Geschäftszeichen und Unternehmen",
      description = "Alle laufenden Fälle und die im Zeitraum eröffneten (auch abgeschlossene), neueste zuerst, höchstens "
          + "2000: Geschäftszeichen, Unternehmen, Region, Weg, Stand. Keine Ansprechpersonen. Zeitraum wie bei "
          + "/api/dashboard. Lesen: cockpit-readers und camunda-admin.")
  ResponseEntity<List<ManagementDashboard.CaseRow>> cases(@RequestParam(required = false) String to,
      @RequestParam(required = false) Integer months) {
    refuseUnlessReader();
    YearMonth last = month(to);
    int count = months(months);
    return ResponseEntity.ok(unchecked(() -> dashboard.cases(last, count)));
  }

  /**
   * Counts without the caller's engine authorization: the caller may not read a case's variables,
   * the figures are made of them (and show none).
   */
  private <T> T unchecked(Supplier<T> computation) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return computation.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private void refuseUnlessReader() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, null);
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.stream().noneMatch(READERS::contains)) {
      throw Problems.exception(ProblemType.FORBIDDEN,
          "Die Kennzahlen sind Leitung/Controlling und der Administration vorbehalten.");
    }
  }

  private static YearMonth month(String to) {
    if (to == null || to.isBlank()) {
      return YearMonth.from(ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDays.ZONE));
    }
    try {
      return YearMonth.parse(to.trim());
    } catch (DateTimeParseException e) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Der Monat (to) muss als JJJJ-MM angegeben werden, z. B. 2026-11.");
    }
  }

  private static int months(Integer months) {
    if (months == null) {
      return ManagementDashboard.DEFAULT_MONTHS;
    }
    if (months < 1 || months > ManagementDashboard.MAX_MONTHS) {
      throw Problems.exception(ProblemType.INVALID_INPUT,
          "Die Zahl der Monate (months) muss zwischen 1 und " + ManagementDashboard.MAX_MONTHS + " liegen.");
    }
    return months;
  }
}
