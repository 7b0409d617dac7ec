package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import de.fachkraftimfokus.region.Region;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of the published public activities (agreement 1.1: the partners point to each
 * other's activities). HTTP Basic as the rest of {@code /api/*}; every working partner group and
 * {@code cockpit-readers} read, anyone else gets 403. Only published activities (brand complete,
 * date coordinated) are listed; one in preparation is not found.
 *
 * <ul>
 *   <li>{@code GET /api/public-activities?kind=COMPANY_WORKSHOP&region=harz&from=2026-05-01&to=2026-06-30&partner=pfiff}
 *       — every filter optional; an activity without region (statewide) matches every region; the
 *       period filter keeps activities with a day in it
 *   <li>{@code GET /api/public-activities/OA-2026-0001} — with the partners' cross-links and the result
 * </ul>
 */
@RestController
@RequestMapping("/api/public-activities")
class PublicActivityController {

  private final PublicActivityRegister register;
  private final Readers readers;

  PublicActivityController(PublicActivityRegister register, Readers readers) {
    this.register = register;
    this.readers = readers;
  }

  @GetMapping
  @Operation(operationId = "listPublicActivities", summary = "Veröffentlichte Öffentlichkeitsaktivitäten",
      description = "Filter (alle freiwillig): kind (PRESS_RELEASE, EVENT, COMPANY_WORKSHOP, PUBLICATION, WEB_CONTENT, "
          + "SOCIAL_MEDIA), region (Planungsregion; landesweite Aktivitäten gelten für jede), from/to (JJJJ-MM-TT: "
          + "Aktivitäten mit einem Tag im Zeitraum), partner (federführende Gruppe). Lesen: jede Partnergruppe und "
          + "cockpit-readers.")
  ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) String kind,
      @RequestParam(required = false) String region, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String partner) {
    readers.refuseUnlessReader();
    PublicActivityRegister.Filter filter = filter(kind, region, from, to, partner);
    List<PublicActivity> activities = register.list(filter);
    Map<String, List<PublicActivityRegister.CrossLink>> links = register.crossLinks(
        activities.stream().map(PublicActivity::businessKey).toList());
    return ResponseEntity.ok(activities.stream()
        .map(activity -> summary(activity, links.getOrDefault(activity.businessKey(), List.of()))).toList());
  }

  @GetMapping("/{businessKey}")
  @Operation(operationId = "getPublicActivity", summary = "Eine veröffentlichte Öffentlichkeitsaktivität",
      description = "Mit den Hinweisen der Partner (Adresse oder Begründung), der Terminabstimmung und dem Ergebnis.")
  ResponseEntity<Map<String, Object>> detail(@PathVariable String businessKey) {
    readers.refuseUnlessReader();
    PublicActivity activity = register.find(businessKey).filter(a -> a.state().isPublished())
        .orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND,
            "Keine veröffentlichte Öffentlichkeitsaktivität mit diesem Geschäftszeichen."));
    List<PublicActivityRegister.CrossLink> links = register.crossLinks(businessKey);
    Map<String, Object> detail = summary(activity, links);
    detail.put("description", activity.description());
    detail.put("initiator", activity.initiator());
    detail.put("dateOutcome", activity.dateOutcome());
    detail.put("dateOutcomeText", activity.dateOutcomeText());
    detail.put("combinedWith", activity.combinedWith());
    detail.put("brandChecks", activity.brandChecks());
    detail.put("brandFirstTry", activity.brandFirstTry());
    detail.put("participants", activity.participants());
    detail.put("resonance", activity.resonance());
    detail.put("pressLinks", activity.pressLinks());
    detail.put("crossLinks", links.stream().map(link -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("partnerGroup", link.partnerGroup());
      row.put("partnerName", PublicActivityTexts.partner(link.partnerGroup()));
      row.put("state", link.state().name());
      row.put("stateLabel", link.state().germanName());
      row.put("url", link.url());
      row.put("reason", link.reason());
      row.put("answeredAt", link.answeredAt() == null ? null : link.answeredAt().toString());
      row.put("followUpNote", link.followUpNote());
      return row;
    }).toList());
    return ResponseEntity.ok(detail);
  }

  static PublicActivityRegister.Filter filter(String kind, String region, String from, String to, String partner) {
    PublicActivityKind kindFilter = null;
    if (!blank(kind)) {
      kindFilter = PublicActivityKind.byId(kind).orElseThrow(() -> Problems.exception(ProblemType.INVALID_INPUT,
          "Unbekannte Art (kind); erlaubt: " + PublicActivityKind.ids()));
    }
    if (!blank(region) && Region.byId(region).isEmpty()) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Unbekannte Region (region); erlaubt: "
          + Arrays.stream(Region.values()).map(Region::id).toList());
    }
    if (!blank(partner) && PartnerGroup.workingPartners().stream().noneMatch(g -> g.id().equals(partner))) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Unbekannter Partner (partner); erlaubt: "
          + PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList());
    }
    LocalDate fromDate;
    LocalDate toDate;
    try {
      fromDate = blank(from) ? null : LocalDate.parse(from);
      toDate = blank(to) ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Datum im Format JJJJ-MM-TT erwartet (from, to)");
    }
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "„to“ liegt vor „from“");
    }
    return new PublicActivityRegister.Filter(kindFilter, blank(region) ? null : region, fromDate, toDate,
        blank(partner) ? null : partner, true);
  }

  static Map<String, Object> summary(PublicActivity activity, List<PublicActivityRegister.CrossLink> links) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("businessKey", activity.businessKey());
    summary.put("kind", activity.kind().name());
    summary.put("kindLabel", activity.kind().germanName());
    summary.put("title", activity.title());
    summary.put("periodStart", activity.periodStart().toString());
    summary.put("periodEnd", activity.periodEnd().toString());
    summary.put("regions", activity.regions());
    summary.put("regionLabels", PublicActivityTexts.regions(activity.regions()));
    summary.put("topics", activity.topics());
    summary.put("topicLabels", activity.topics().stream()
        .map(id -> FieldOfAction.byId(id).map(FieldOfAction::germanLabel).orElse(id)).toList());
    summary.put("targetGroups", activity.targetGroups());
    summary.put("link", activity.link());
    summary.put("leadPartner", activity.leadPartner());
    summary.put("leadPartnerName", PublicActivityTexts.partner(activity.leadPartner()));
    summary.put("state", activity.state().name());
    summary.put("stateLabel", activity.state().germanName());
    summary.put("publishedAt", activity.publishedAt() == null ? null : activity.publishedAt().toString());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (PublicActivityProcess.CrossLinkState state : PublicActivityProcess.CrossLinkState.values()) {
      counts.put(state.name(), links.stream().filter(link -> link.state() == state).count());
    }
    summary.put("crossLinks", counts);
    summary.put("self", "/api/public-activities/" + activity.businessKey());
    return summary;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
