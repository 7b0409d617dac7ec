package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How the platform writes a public activity's facts in German (forms, mails, calendar). */
final class PublicActivityTexts {

  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private PublicActivityTexts() {}

  static String period(LocalDate start, LocalDate end) {
    return end == null || end.equals(start) ? GERMAN_DATE.format(start)
        : GERMAN_DATE.format(start) + " bis " + GERMAN_DATE.format(end);
  }

  static String regions(List<String> ids) {
    return ids.isEmpty() ? "landesweit"
        : ids.stream().map(id -> Region.byId(id).map(Region::germanName).orElse(id)).collect(Collectors.joining(", "));
  }

  static String topics(List<String> ids) {
    return ids.stream().map(id -> FieldOfAction.byId(id).map(FieldOfAction::germanLabel).orElse(id))
        .collect(Collectors.joining(", "));
  }

  static String targetGroups(List<String> ids) {
    return ids.stream().map(TargetGroup::germanNameOf).collect(Collectors.joining(", "));
  }

  static String partner(String groupId) {
    return PartnerGroup.byId(groupId).map(PartnerGroup::germanName).orElse(groupId);
  }

  /** The activity as the partners read it in <i>Auf Aktivität hinweisen</i> and in the mails. */
  static String summary(PublicActivity activity) {
    return activity.kind().germanName() + " „" + activity.title() + "“\n"
        + "Termin: " + period(activity.periodStart(), activity.periodEnd()) + "\n"
        + "Region: " + regions(activity.regions()) + "\n"
        + "Handlungsfelder: " + topics(activity.topics()) + "\n"
        + "Zielgruppe: " + targetGroups(activity.targetGroups()) + "\n"
        + "Federführung: " + partner(activity.leadPartner()) + "\n"
        + "Link: " + (activity.link() == null ? "(noch keiner – Entwurf liegt dem federführenden Partner vor)"
            : activity.link()) + "\n\n"
        + activity.description();
  }
}
