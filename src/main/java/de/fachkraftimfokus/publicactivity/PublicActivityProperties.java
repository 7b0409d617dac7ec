package de.fachkraftimfokus.publicactivity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code public-activity} ({@code fkif.public-activity.*}).
 *
 * @param clashWindowDays workshops and events clash when their dates are at most this many days
 *     apart (clause 1.3; 0 = only on overlapping days)
 * @param crossLinkWorkingDays <i>Auf Aktivität hinweisen</i> is due in this many working days of
 *     Sachsen-Anhalt after publication; the reminder goes out when it is due
 * @param followUpWorkingDays working days after the due date until the partners still silent are
 *     handed to the Geschäftsstelle (<i>Hinweise nachhalten</i>)
 * @param crossLinkPartners group ids asked to point to an activity; empty (default) = every working
 *     partner group. The lead partner's own group is never asked.
 */
@ConfigurationProperties(prefix = "fkif.public-activity")
public record PublicActivityProperties(
    @DefaultValue("7") int clashWindowDays,
    @DefaultValue("5") int crossLinkWorkingDays,
    @DefaultValue("3") int followUpWorkingDays,
    @DefaultValue List<String> crossLinkPartners) {

  public PublicActivityProperties {
    if (clashWindowDays < 0 || crossLinkWorkingDays < 1 || followUpWorkingDays < 1) {
      throw new IllegalArgumentException("fkif.public-activity: clash-window-days >= 0, cross-link-working-days "
          + "und follow-up-working-days >= 1 erwartet");
    }
  }
}
