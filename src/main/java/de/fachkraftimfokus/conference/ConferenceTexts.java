package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.VariableText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The German words the process composes for its forms (short texts; documents and mails are templates). */
final class ConferenceTexts {

  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

  private ConferenceTexts() {}

  static String partner(String groupId) {
    return PartnerGroup.byId(groupId).map(PartnerGroup::germanName).orElse(groupId);
  }

  static String partners(List<String> groupIds) {
    return groupIds.stream().map(ConferenceTexts::partner).collect(Collectors.joining(", "));
  }

  /** The conference in one paragraph, shown on the partners' tasks. */
  static String summary(Conference conference) {
    StringBuilder text = new StringBuilder();
    text.append("Fachveranstaltung ").append(conference.year());
    if (conference.motto() != null) {
      text.append(": „").append(conference.motto()).append("“");
    }
    if (conference.date() != null) {
      text.append(" am ").append(GERMAN_DATE.format(conference.date()));
    }
    if (conference.format() != null) {
      text.append(", ").append(conference.format().germanName());
    }
    if (conference.venue() != null) {
      text.append(", ").append(conference.venue());
    }
    if (conference.leadPartner() != null) {
      text.append(". Federführung: ").append(partner(conference.leadPartner()));
    }
    if (conference.topics() != null) {
      text.append(". Themen: ").append(conference.topics());
    }
    return VariableText.fit(text.append('.').toString());
  }

  /** Today in Sachsen-Anhalt by the engine's clock (which tests may move). */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDays.ZONE).toLocalDate();
  }

  /** The last minute of a day in Sachsen-Anhalt (deadlines run to the end of their day). */
  static Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59)).atZone(WorkingDays.ZONE).toInstant());
  }

  /** A day's hour in Sachsen-Anhalt. */
  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(WorkingDays.ZONE).toInstant());
  }
}
