package de.fachkraftimfokus.contract;

/**
 * What no text of the platform may contain, whatever its field: control characters (a NUL byte
 * breaks PostgreSQL's text columns), broken UTF-16 (a lone surrogate cannot be stored as UTF-8) and
 * the Unicode controls that reorder text for display (bidirectional overrides and isolates, used to
 * make a text read differently than it is). Line breaks and tabs only in multi-line fields.
 * Combining characters and right-to-left marks are ordinary text.
 */
public final class TextRules {

  private TextRules() {}

  /** Why the text is refused, in German, or null when it is fine. */
  public static String problemOf(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "enthält ungültige Zeichen";
      }
      if (Character.isLowSurrogate(c)) {
        return "enthält ungültige Zeichen";
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        if (!multiLine && c != '\t') {
          return "darf keinen Zeilenumbruch enthalten";
        }
        continue;
      }
      if (Character.isISOControl(c)) {
        return "enthält unzulässige Steuerzeichen";
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return "enthält unzulässige Steuerzeichen für die Textrichtung";
      }
    }
    return null;
  }
}
