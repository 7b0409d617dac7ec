package de.fachkraftimfokus.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One keyed field of a deployed Camunda Form and the rules it promises: what the server accepts for
 * its key. {@code children} are the fields of a row of a dynamic list (or of a group with a path).
 *
 * @param patternHint what the pattern asks for, in German ({@code properties.formatHinweis} of the
 *     field, which process owners set in Modeler), or null
 * @param readonly shown, not changed: Tasklist submits it, the server never writes it
 * @param disabled shown, not changed: Tasklist does not submit it, the server refuses it
 * @param conditional shown only under a condition (FEEL), so never required by the server: the
 *     task's business check decides when it is needed
 */
public record FormField(
    String key,
    Kind kind,
    String type,
    String label,
    boolean required,
    Integer minLength,
    int maxLength,
    Pattern pattern,
    String patternHint,
    String validationType,
    BigDecimal min,
    BigDecimal max,
    Integer decimalDigits,
    List<String> options,
    String optionsVariable,
    boolean readonly,
    boolean disabled,
    boolean conditional,
    String dateSubtype,
    boolean serializeToString,
    List<FormField> children) {

  /** How a field's value travels: the shapes Tasklist (form-js 1.8) submits. */
  public enum Kind {
    /** textfield, textarea: a String. */
    TEXT,
    /** number: a number (or its text with {@code serializeToString}). */
    NUMBER,
    /** checkbox: a Boolean. */
    BOOLEAN,
    /** radio, select: one of the options, a String. */
    CHOICE,
    /** checklist, taglist: a {@code Json} array of options. */
    CHOICES,
    /** datetime: ISO text (yyyy-MM-dd for dates). */
    DATE,
    /** dynamiclist with a path: a {@code Json} array of rows. */
    ROWS,
    /** group with a path: a {@code Json} object. */
    GROUP
  }

  /** A text field declared in code (see {@link FormContract#of}). */
  public static FormField text(String key, String label, int maxLength, boolean required) {
    return new FormField(key, Kind.TEXT, "textarea", label, required, null, Math.min(maxLength, FormContract.MAX_TEXT),
        null, null, null, null, null, null, List.of(), null, false, false, false, null, false, List.of());
  }

  /** A single-line text field declared in code (see {@link FormContract#of}). */
  public static FormField line(String key, String label, int maxLength, boolean required) {
    return new FormField(key, Kind.TEXT, "textfield", label, required, null, Math.min(maxLength, FormContract.MAX_TEXT),
        null, null, null, null, null, null, List.of(), null, false, false, false, null, false, List.of());
  }

  /** This field with a pattern its text must match, and what it asks for in German. */
  public FormField withPattern(String regex, String hint) {
    return new FormField(key, kind, type, label, required, minLength, maxLength, Pattern.compile(regex), hint,
        validationType, min, max, decimalDigits, options, optionsVariable, readonly, disabled, conditional,
        dateSubtype, serializeToString, children);
  }

  /** A choice of fixed options declared in code (see {@link FormContract#of}). */
  public static FormField choice(String key, String label, List<String> options, boolean required) {
    return new FormField(key, Kind.CHOICE, "select", label, required, null, FormContract.MAX_TEXT, null, null, null,
        null, null, null, List.copyOf(options), null, false, false, false, null, false, List.of());
  }

  /** Whether the server ever writes what a client sends for it. */
  public boolean writable() {
    return !readonly && !disabled;
  }

  public boolean multiLine() {
    return "textarea".equals(type);
  }
}
