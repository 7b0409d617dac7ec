package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.coordination.Activity;
import de.fachkraftimfokus.coordination.ActivityType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The clash rule of clause 1.3, without any database: which registered activities a company
 * workshop or event collides with.
 *
 * <ul>
 *   <li><b>Another public activity</b> clashes when it is a workshop or an event too, not void, of
 *       the same region (no region = statewide, which meets every region), with a Handlungsfeld in
 *       common, and its days at most {@code windowDays} away: the gap from the end of the earlier to
 *       the start of the later one ({@code ChronoUnit.DAYS.between}) is {@code <= windowDays};
 *       overlapping days have a gap of zero or less. With 7 days, a workshop ending on 10 March
 *       clashes with one on 17 March, not with one on 18 March.
 *   <li><b>A coordination request of 2.3</b> clashes when it is a company survey or a public
 *       presentation (the kinds that address companies and the public in a region; evaluations,
 *       analyses and concepts are desk work), of the same region, within the same window. Requests
 *       record no Handlungsfeld, so the topic cannot be compared: the initiator judges it in
 *       <i>Termin abstimmen</i>.
 * </ul>
 *
 * Press releases, publications, web content and posts are never checked and never clash.
 */
final class ClashCheck {

  /** Coordination-request kinds that compete for the same companies' attention. */
  static final Set<ActivityType> REQUEST_TYPES = Set.of(ActivityType.COMPANY_SURVEY, ActivityType.PUBLIC_PRESENTATION);

  /** One clash: the other activity, whose partner is told, and the German reason. */
  record Clash(String otherBusinessKey, String otherKind, String otherTitle, String otherLeadPartner,
      LocalDate otherStart, LocalDate otherEnd, String reason) {}

  private final int windowDays;

  ClashCheck(int windowDays) {
    this.windowDays = windowDays;
  }

  /** The first and last day whose activities may clash with one from {@code start} to {@code end}. */
  LocalDate searchFrom(LocalDate start) {
    return start.minusDays(windowDays);
  }

  LocalDate searchTo(LocalDate end) {
    return end.plusDays(windowDays);
  }

  List<Clash> clashesOf(PublicActivity announced, Collection<PublicActivity> activities, Collection<Activity> requests) {
    List<Clash> clashes = new ArrayList<>();
    if (!announced.kind().isCoordinated()) {
      return clashes;
    }
    for (PublicActivity other : activities) {
      if (other.businessKey().equals(announced.businessKey()) || other.state().isVoid()
          || !other.kind().isCoordinated()) {
        continue;
      }
      long gap = gapInDays(announced.periodStart(), announced.periodEnd(), other.periodStart(), other.periodEnd());
      if (gap <= windowDays && intersect(announced.regions(), other.regions())
          && announced.topics().stream().anyMatch(other.topics()::contains)) {
        clashes.add(new Clash(other.businessKey(), other.kind().germanName(), other.title(), other.leadPartner(),
            other.periodStart(), other.periodEnd(), "gleiche Region und gleiches Handlungsfeld, "
            + distance(gap)));
      }
    }
    for (Activity request : requests) {
      if (request.state().isVoid() || !REQUEST_TYPES.contains(request.type())) {
        continue;
      }
      long gap = gapInDays(announced.periodStart(), announced.periodEnd(), request.periodStart(), request.periodEnd());
      if (gap <= windowDays && intersect(announced.regions(), request.regions())) {
        clashes.add(new Clash(request.businessKey(), request.type().germanName(), request.title(),
            request.leadPartner(), request.periodStart(), request.periodEnd(), "Vorabstimmung (Nr. 2.3) in derselben "
            + "Region, " + distance(gap) + "; ein Handlungsfeld erfasst die Vorabstimmung nicht – bitte prüfen"));
      }
    }
    return clashes;
  }

  private String distance(long gap) {
    return gap <= 0 ? "an denselben Tagen" : "im Abstand von " + gap + (gap == 1 ? " Tag" : " Tagen")
        + " (höchstens " + windowDays + ")";
  }

  /**
   * Days between the end of the earlier period and the start of the later one; zero or negative
   * when the periods overlap (sharing one day gives zero).
   */
  static long gapInDays(LocalDate startA, LocalDate endA, LocalDate startB, LocalDate endB) {
    return Math.max(ChronoUnit.DAYS.between(endA, startB), ChronoUnit.DAYS.between(endB, startA));
  }

  /** Regions meet when they share one, or when either side is statewide (no region). */
  static boolean intersect(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }
}
