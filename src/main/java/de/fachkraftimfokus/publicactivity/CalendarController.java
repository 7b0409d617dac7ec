package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import de.fachkraftimfokus.region.Region;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The German calendar page of upcoming public activities and workshops for staff
 * ({@value PublicActivityProcess#CALENDAR_PATH}), linked from Tasklist's welcome page and the
 * process's forms. Only published activities whose last day is today or later. The same readers as
 * the read API; the Tasklist session counts as login ({@code security.StaffPageAuthenticationFilter}).
 * Filters as query parameters (a plain HTML form, no script): {@code kind} (or
 * {@code kind=WORKSHOPS} for workshops and events), {@code region}, {@code partner}.
 */
@Controller
@RequestMapping(PublicActivityProcess.CALENDAR_PATH)
class CalendarController {

  /** {@code kind} value of the filter „Workshops und Veranstaltungen“. */
  static final String COORDINATED_ONLY = "WORKSHOPS";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.GERMAN);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM.yyyy", Locale.GERMAN);

  private final PublicActivityRegister register;
  private final Readers readers;
  private final CalendarPage page;

  CalendarController(PublicActivityRegister register, Readers readers, CalendarPage page) {
    this.register = register;
    this.readers = readers;
    this.page = page;
  }

  @GetMapping
  ResponseEntity<String> calendar(@RequestParam(required = false) String kind,
      @RequestParam(required = false) String region, @RequestParam(required = false) String partner) {
    readers.refuseUnlessReader();
    LocalDate today = WorkingDays.today();
    boolean coordinatedOnly = COORDINATED_ONLY.equals(kind);
    PublicActivityRegister.Filter filter = PublicActivityController.filter(coordinatedOnly ? null : kind, region,
        today.toString(), null, partner);
    List<PublicActivity> activities = register.list(filter).stream()
        .filter(a -> !coordinatedOnly || a.kind().isCoordinated())
        .filter(a -> a.state() != PublicActivityState.ABGESAGT)
        .toList();
    Map<String, List<PublicActivityRegister.CrossLink>> links = register.crossLinks(
        activities.stream().map(PublicActivity::businessKey).toList());

    Map<YearMonth, List<Map<String, Object>>> months = new LinkedHashMap<>();
    for (PublicActivity activity : activities) {
      months.computeIfAbsent(YearMonth.from(activity.periodStart().isBefore(today) ? today : activity.periodStart()),
          m -> new ArrayList<>()).add(entry(activity, links.getOrDefault(activity.businessKey(), List.of())));
    }
    List<Map<String, Object>> monthList = new ArrayList<>();
    months.forEach((month, entries) -> monthList.add(Map.of("label", MONTH.format(month), "entries", entries)));

    Map<String, Object> variables = new HashMap<>();
    variables.put("today", PublicActivityTexts.GERMAN_DATE.format(today));
    variables.put("months", monthList);
    variables.put("count", activities.size());
    variables.put("kinds", Arrays.stream(PublicActivityKind.values())
        .map(k -> option(k.name(), k.germanName(), k.name().equals(kind))).toList());
    variables.put("coordinatedOnly", coordinatedOnly);
    variables.put("coordinatedOnlyValue", COORDINATED_ONLY);
    variables.put("regions", Arrays.stream(Region.values())
        .map(r -> option(r.id(), r.germanName(), r.id().equals(region))).toList());
    variables.put("partners", PartnerGroup.workingPartners().stream()
        .map(g -> option(g.id(), g.germanName(), g.id().equals(partner))).toList());
    variables.put("apiPath", "/api/public-activities");
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(page.render(variables));
  }

  private static Map<String, Object> entry(PublicActivity activity, List<PublicActivityRegister.CrossLink> links) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("businessKey", activity.businessKey());
    entry.put("date", activity.singleDay() ? DAY.format(activity.periodStart())
        : DAY.format(activity.periodStart()) + " bis " + DAY.format(activity.periodEnd()));
    entry.put("kind", activity.kind().germanName());
    entry.put("coordinated", activity.kind().isCoordinated());
    entry.put("title", activity.title());
    entry.put("link", activity.link());
    entry.put("regions", PublicActivityTexts.regions(activity.regions()));
    entry.put("topics", PublicActivityTexts.topics(activity.topics()));
    entry.put("targetGroups", PublicActivityTexts.targetGroups(activity.targetGroups()));
    entry.put("leadPartner", PublicActivityTexts.partner(activity.leadPartner()));
    entry.put("state", activity.state().germanName());
    entry.put("combinedWith", activity.combinedWith());
    entry.put("crossLinksConfirmed", links.stream().filter(l -> l.state() == CrossLinkState.VERLINKT).count());
    entry.put("crossLinksAsked", links.size());
    return entry;
  }

  private static Map<String, Object> option(String value, String label, boolean selected) {
    return Map.of("value", value, "label", label, "selected", selected);
  }
}
