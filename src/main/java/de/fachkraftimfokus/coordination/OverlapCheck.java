package de.fachkraftimfokus.coordination;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The overlap rules of clause 2.3, without any database: which registered activities collide with
 * an announced one.
 *
 * <ol>
 *   <li><b>Same kind, same people, same time:</b> same type, the periods overlap (inclusive), and
 *       the target groups intersect in every dimension — sectors, regions and size bands; an empty
 *       list means "all" in that dimension.
 *   <li><b>Survey fatigue:</b> two company surveys that touch the same sector <i>or</i> the same
 *       region (empty = all) count as overlap when the gap between their periods is at most
 *       {@value #SURVEY_GAP_DAYS} days. The gap is the number of days from the end date of the
 *       earlier survey to the start date of the later one ({@code ChronoUnit.DAYS.between}); one
 *       ending 31 March and one starting 29 June have a gap of 90 days and collide, one starting
 *       30 June (91 days) does not. Overlapping periods have a gap of zero or less.
 * </ol>
 *
 * Withdrawn and refused activities, and the activity itself, never collide.
 */
public final class OverlapCheck {

  public static final int SURVEY_GAP_DAYS = 90;

  /** One collision: the other activity and the German reason shown to the partners. */
  public record Overlap(String otherBusinessKey, String otherTitle, String reason) {}

  public List<Overlap> overlapsOf(Activity announced, Collection<Activity> registered) {
    List<Overlap> overlaps = new ArrayList<>();
    for (Activity other : registered) {
      if (other.businessKey().equals(announced.businessKey()) || other.state().isVoid()) {
        continue;
      }
      reason(announced, other).ifPresent(reason ->
          overlaps.add(new Overlap(other.businessKey(), other.title(), reason)));
    }
    return overlaps;
  }

  Optional<String> reason(Activity a, Activity b) {
    long gap = gapInDays(a.periodStart(), a.periodEnd(), b.periodStart(), b.periodEnd());
    if (a.type() == ActivityType.COMPANY_SURVEY && b.type() == ActivityType.COMPANY_SURVEY
        && gap <= SURVEY_GAP_DAYS
        && (intersect(a.sectors(), b.sectors()) || intersect(a.regions(), b.regions()))) {
      return Optional.of(gap <= 0
          ? "Unternehmensbefragung derselben Branche oder Region im selben Zeitraum (Befragungsmüdigkeit)"
          : "Unternehmensbefragung derselben Branche oder Region im Abstand von " + gap
              + " Tagen – höchstens " + SURVEY_GAP_DAYS + " Tage (Befragungsmüdigkeit)");
    }
    if (a.type() == b.type() && gap <= 0
        && intersect(a.sectors(), b.sectors())
        && intersect(a.regions(), b.regions())
        && intersect(a.sizeBands(), b.sizeBands())) {
      return Optional.of("Gleiche Art (" + a.type().germanName()
          + "), überschneidende Zielgruppe im überschneidenden Zeitraum");
    }
    return Optional.empty();
  }

  /**
   * Days between the end of the earlier period and the start of the later one; zero or negative
   * when the periods overlap (sharing one day gives zero).
   */
  static long gapInDays(LocalDate startA, LocalDate endA, LocalDate startB, LocalDate endB) {
    return Math.max(ChronoUnit.DAYS.between(endA, startB), ChronoUnit.DAYS.between(endB, startA));
  }

  static boolean intersect(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }
}
