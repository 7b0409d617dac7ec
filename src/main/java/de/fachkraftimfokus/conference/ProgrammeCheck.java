package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of the programme a form cannot express: each row has a title and a start before its end
 * ({@code HH:MM}); two rows at overlapping times must not share a speaker or a room. Rows are kept in
 * the order the lead partner gave them.
 */
final class ProgrammeCheck {

  static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  static final int MAX_TITLE = 300;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final String LABEL = "Programm";

  private ProgrammeCheck() {}

  static String time(LocalTime time) {
    return HH_MM.format(time);
  }

  /** The rows, trimmed, or a German refusal naming each wrong row. */
  static List<ProgrammeSlot> read(Map<String, Object> variables) {
    InputCheck check = InputCheck.of(variables);
    List<ProgrammeSlot> slots = new ArrayList<>();
    List<LocalTime[]> times = new ArrayList<>();
    List<ProgrammeSlot> rows = check.rows(Var.PROGRAMME_SLOTS, LABEL);
    check.rule(!rows.isEmpty() || !check.errors().isEmpty(), Var.PROGRAMME_SLOTS, LABEL,
        "mindestens ein Programmpunkt");
    int number = 0;
    for (ProgrammeSlot row : rows) {
      number++;
      String label = "Programmpunkt " + number;
      String title = row == null ? null : AnnualConferenceProcess.trimmed(row.title());
      LocalTime start = row == null ? null : parse(row.startTime());
      LocalTime end = row == null ? null : parse(row.endTime());
      check.rule(title != null, Var.PROGRAMME_SLOTS, label, "Titel erforderlich");
      check.rule(title == null || title.length() <= MAX_TITLE, Var.PROGRAMME_SLOTS, label,
          "Titel höchstens " + MAX_TITLE + " Zeichen");
      check.rule(start != null && end != null, Var.PROGRAMME_SLOTS, label, "Beginn und Ende als HH:MM angeben");
      check.rule(start == null || end == null || start.isBefore(end), Var.PROGRAMME_SLOTS, label,
          "das Ende muss nach dem Beginn liegen");
      String speaker = row == null ? null : AnnualConferenceProcess.trimmed(row.speaker());
      String room = row == null ? null : AnnualConferenceProcess.trimmed(row.room());
      check.rule(speaker == null || speaker.length() <= 200, Var.PROGRAMME_SLOTS, label, "Referent/in höchstens 200 Zeichen");
      check.rule(room == null || room.length() <= 100, Var.PROGRAMME_SLOTS, label, "Raum höchstens 100 Zeichen");
      slots.add(new ProgrammeSlot(start == null ? null : time(start), end == null ? null : time(end), title, speaker, room));
      times.add(new LocalTime[] {start, end});
    }
    for (int i = 0; i < slots.size(); i++) {
      for (int j = i + 1; j < slots.size(); j++) {
        LocalTime[] a = times.get(i);
        LocalTime[] b = times.get(j);
        if (a[0] == null || a[1] == null || b[0] == null || b[1] == null || !a[0].isBefore(b[1]) || !b[0].isBefore(a[1])) {
          continue;
        }
        String label = "Programmpunkte " + (i + 1) + " und " + (j + 1);
        check.rule(!same(slots.get(i).speaker(), slots.get(j).speaker()), Var.PROGRAMME_SLOTS, label,
            "„" + slots.get(i).speaker() + "“ ist zur selben Zeit zweimal eingeplant");
        check.rule(!same(slots.get(i).room(), slots.get(j).room()), Var.PROGRAMME_SLOTS, label,
            "Raum „" + slots.get(i).room() + "“ ist zur selben Zeit doppelt belegt");
      }
    }
    check.orThrow();
    return slots;
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && normal(a).equals(normal(b));
  }

  private static String normal(String text) {
    return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static LocalTime parse(String text) {
    if (text == null || !TIME.matcher(text.trim()).matches()) {
      return null;
    }
    try {
      return LocalTime.parse(text.trim(), HH_MM);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
