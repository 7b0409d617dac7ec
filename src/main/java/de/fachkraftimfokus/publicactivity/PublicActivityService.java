package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What other processes may ask about public activities: the figures of the Jour fixe's monitoring
 * report, section „Öffentlichkeitsarbeit“ (agreement 1.1–1.3 and 2.2).
 */
@Service
public class PublicActivityService {

  /**
   * The public work of a period: the activities published in it.
   *
   * @param byKindAndPartner German kind name → lead partner group id → number of activities
   * @param brandFirstTry activities whose first brand check found the umbrella brand complete
   * @param crossLinksAsked partners asked to point to these activities (one per partner and activity)
   * @param crossLinksConfirmed of those, pointed to it (with the address)
   * @param crossLinksDeclined said why not
   * @param crossLinksMissing stayed silent after the reminder (followed up by the Geschäftsstelle)
   * @param crossLinksOpen not yet due or not yet answered
   * @param resultsRecorded activities that took place and whose result is recorded
   * @param participants participants of those
   */
  public record PublicWorkFigures(
      Map<String, Map<String, Long>> byKindAndPartner,
      long published,
      long brandFirstTry,
      long crossLinksAsked,
      long crossLinksConfirmed,
      long crossLinksDeclined,
      long crossLinksMissing,
      long crossLinksOpen,
      long resultsRecorded,
      long participants) {

    /** Share of brand compliance on the first try (0 without activities). */
    public double brandFirstTryRate() {
      return published == 0 ? 0 : (double) brandFirstTry / published;
    }

    /** Share of the asked partners that confirmed a cross-link (0 without any asked). */
    public double crossLinkRate() {
      return crossLinksAsked == 0 ? 0 : (double) crossLinksConfirmed / crossLinksAsked;
    }
  }

  private final PublicActivityRegister register;

  PublicActivityService(PublicActivityRegister register) {
    this.register = register;
  }

  /** The figures of the activities published from {@code from} (inclusive) to {@code to} (exclusive). */
  public PublicWorkFigures figures(Instant from, Instant to) {
    List<PublicActivity> activities = register.publishedBetween(from, to);
    Map<String, Map<String, Long>> byKindAndPartner = new TreeMap<>();
    long firstTry = 0;
    long results = 0;
    long participants = 0;
    for (PublicActivity activity : activities) {
      byKindAndPartner.computeIfAbsent(activity.kind().germanName(), k -> new TreeMap<>())
          .merge(activity.leadPartner(), 1L, Long::sum);
      if (Boolean.TRUE.equals(activity.brandFirstTry())) {
        firstTry++;
      }
      if (activity.state() == PublicActivityState.DURCHGEFUEHRT) {
        results++;
        participants += activity.participants() == null ? 0 : activity.participants();
      }
    }
    Map<CrossLinkState, Long> links = new TreeMap<>();
    register.crossLinks(activities.stream().map(PublicActivity::businessKey).toList()).values().stream()
        .flatMap(List::stream).forEach(link -> links.merge(link.state(), 1L, Long::sum));
    long asked = links.values().stream().mapToLong(Long::longValue).sum();
    return new PublicWorkFigures(byKindAndPartner, activities.size(), firstTry, asked,
        links.getOrDefault(CrossLinkState.VERLINKT, 0L), links.getOrDefault(CrossLinkState.NICHT_VERLINKT, 0L),
        links.getOrDefault(CrossLinkState.FEHLT, 0L), links.getOrDefault(CrossLinkState.OFFEN, 0L), results,
        participants);
  }
}
