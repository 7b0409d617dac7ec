package de.fachkraftimfokus.process;

/**
 * Texts the platform composes for display in forms and mails (summaries of a round, of a case) and
 * keeps as String process variables. Camunda stores a String variable in at most 4000 characters; a
 * longer one fails the whole transaction (the step cannot complete, the job ends in an incident). The
 * composed texts repeat what is stored in full elsewhere (activity register, the case's variables),
 * so a long one is cut with a visible note rather than breaking the process.
 */
public final class VariableText {

  /** Camunda's limit for a String variable (column TEXT_). */
  public static final int MAX = 4000;
  static final String CUT = "\n[… gekürzt – vollständig in der Plattform]";

  private VariableText() {}

  /** The text as it fits into a String variable: unchanged if short enough, else cut with a note. */
  public static String fit(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    return text.substring(0, MAX - CUT.length()) + CUT;
  }
}
