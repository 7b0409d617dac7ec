package de.fachkraftimfokus.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one person (e-mail address, every name and phone number ever recorded for them) and
 * how to find and replace them inside any text, ignoring case — a name inside a case summary, an
 * address inside an exception message.
 *
 * <p>Values shorter than {@link #MIN_LENGTH} characters are not searched inside other texts: they
 * would match far too much. A personal variable holding exactly such a value is still found
 * ({@link #matches}).
 */
record PersonValues(List<String> values, Set<String> exact) {

  /** What a value inside a text, or a whole personal value, is replaced by. */
  static final String ERASED = PersonalDataService.ERASED;
  static final int MIN_LENGTH = 3;

  /** Distinct values (ignoring case), blanks and earlier erasure markers dropped, longest first. */
  static PersonValues of(Collection<String> raw) {
    Map<String, String> distinct = new LinkedHashMap<>();
    Set<String> exact = new LinkedHashSet<>();
    for (String value : raw) {
      if (value == null || value.isBlank() || value.contains(ERASED)) {
        continue;
      }
      String trimmed = value.trim();
      exact.add(trimmed.toLowerCase(Locale.ROOT));
      if (trimmed.length() >= MIN_LENGTH) {
        distinct.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
      }
    }
    return new PersonValues(distinct.values().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList(), Set.copyOf(exact));
  }

  /** Whether the text is one of the values as a whole (ignoring case and surrounding blanks). */
  boolean matches(String text) {
    return text != null && exact.contains(text.trim().toLowerCase(Locale.ROOT));
  }

  /** Whether the text holds any of the values. */
  boolean foundIn(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(value -> lower.contains(value.toLowerCase(Locale.ROOT)));
  }

  /** The text with every occurrence of the values replaced by {@link #ERASED}. */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String value : values) {
      result = Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(result).replaceAll(Matcher.quoteReplacement(ERASED));
    }
    return result;
  }
}
