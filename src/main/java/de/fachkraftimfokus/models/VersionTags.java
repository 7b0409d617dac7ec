package de.fachkraftimfokus.models;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Version tags as process owners write them ("1.1", "2.0.3"): compared part by part, numbers as numbers. */
final class VersionTags {

  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(\\D*)$");

  private VersionTags() {}

  static int compare(String a, String b) {
    String[] left = a.trim().split("[.\\-]");
    String[] right = b.trim().split("[.\\-]");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      String x = i < left.length ? left[i] : "0";
      String y = i < right.length ? right[i] : "0";
      int result = x.matches("\\d+") && y.matches("\\d+")
          ? Long.compare(Long.parseLong(x), Long.parseLong(y))
          : x.compareTo(y);
      if (result != 0) {
        return result;
      }
    }
    return 0;
  }

  /** The tag with its last number raised by one ("1.1" → "1.2"), or the tag plus ".1". */
  static String next(String tag) {
    Matcher matcher = LAST_NUMBER.matcher(tag.trim());
    if (!matcher.find()) {
      return tag.trim() + ".1";
    }
    return tag.trim().substring(0, matcher.start()) + (Long.parseLong(matcher.group(1)) + 1) + matcher.group(2);
  }
}
