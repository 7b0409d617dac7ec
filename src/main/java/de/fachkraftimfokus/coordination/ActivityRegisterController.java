package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.identity.PartnerGroup;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's read API for partners (transparency, clause 2.3). HTTP Basic as the rest of
 * {@code /api/*} (ProcessEngineAuthenticationFilter); readable by every working partner group and
 * by cockpit-readers, 403 for anyone else.
 *
 * <ul>
 *   <li>{@code GET /api/activities?type=COMPANY_SURVEY&sector=C&region=harz&from=2026-01-01&to=2026-12-31}
 *   <li>{@code GET /api/activities/AB-2026-0001} — with statements and overlaps
 * </ul>
 */
@RestController
@RequestMapping("/api/activities")
class ActivityRegisterController {

  private static final Set<String> READERS = Stream.concat(
      PartnerGroup.workingPartners().stream().map(PartnerGroup::id),
      Stream.of(PartnerGroup.COCKPIT_READERS.id())).collect(Collectors.toUnmodifiableSet());

  private final ActivityRegister register;
  private final IdentityService identityService;

  ActivityRegisterController(ActivityRegister register, IdentityService identityService) {
    this.register = register;
    this.identityService = identityService;
  }

  @GetMapping
  ResponseEntity<?> list(@RequestParam(required = false) String type, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String region, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    refuseUnlessReader();
    ActivityType activityType = null;
    if (type != null && !type.isBlank()) {
      activityType = ActivityType.byId(type).orElse(null);
      if (activityType == null) {
        throw Problems.exception(ProblemType.INVALID_INPUT, "Unbekannte Art; erlaubt: " + ActivityType.ids());
      }
    }
    LocalDate fromDate;
    LocalDate toDate;
    try {
      fromDate = from == null || from.isBlank() ? null : LocalDate.parse(from);
      toDate = to == null || to.isBlank() ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Datum im Format JJJJ-MM-TT erwartet (from, to)");
    }
    List<Map<String, Object>> activities = register.list(
            new ActivityRegister.Filter(activityType, blankToNull(sector), blankToNull(region), fromDate, toDate))
        .stream().map(ActivityRegisterController::summary).toList();
    return ResponseEntity.ok(activities);
  }

  @GetMapping("/{businessKey}")
  ResponseEntity<?> detail(@PathVariable String businessKey) {
    refuseUnlessReader();
    return register.find(businessKey)
        .<ResponseEntity<?>>map(activity -> {
          Map<String, Object> detail = summary(activity);
          detail.put("description", activity.description());
          detail.put("initiator", activity.initiator());
          detail.put("resultText", activity.resultText());
          detail.put("statements", register.statements(businessKey).stream().map(s -> {
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("round", s.round());
            statement.put("partnerGroup", s.partnerGroup());
            statement.put("statement", s.kind().name());
            statement.put("statementLabel", s.kind().germanName());
            statement.put("text", s.text());
            statement.put("givenBy", s.givenBy());
            statement.put("givenAt", s.givenAt().toString());
            return statement;
          }).toList());
          detail.put("overlaps", register.overlaps(businessKey).stream().map(o -> {
            Map<String, Object> overlap = new LinkedHashMap<>();
            overlap.put("round", o.round());
            overlap.put("otherBusinessKey", o.otherBusinessKey());
            overlap.put("reason", o.reason());
            overlap.put("link", "/api/activities/" + o.otherBusinessKey());
            return overlap;
          }).toList());
          return ResponseEntity.ok(detail);
        })
        .orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND, "Keine Aktivität mit diesem Geschäftszeichen."));
  }

  private void refuseUnlessReader() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, null);
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.stream().noneMatch(READERS::contains)) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Das Aktivitätsregister ist nur für die Kooperationspartner "
          + "einsehbar.");
    }
  }

  private static Map<String, Object> summary(Activity activity) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("businessKey", activity.businessKey());
    summary.put("type", activity.type().name());
    summary.put("typeLabel", activity.type().germanName());
    summary.put("title", activity.title());
    summary.put("sectors", activity.sectors());
    summary.put("regions", activity.regions());
    summary.put("sizeBands", activity.sizeBands());
    summary.put("periodStart", activity.periodStart().toString());
    summary.put("periodEnd", activity.periodEnd().toString());
    summary.put("leadPartner", activity.leadPartner());
    summary.put("expectedCompanies", activity.expectedCompanies());
    summary.put("state", activity.state().name());
    summary.put("stateLabel", activity.state().germanName());
    summary.put("round", activity.round());
    summary.put("link", "/api/activities/" + activity.businessKey());
    return summary;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
