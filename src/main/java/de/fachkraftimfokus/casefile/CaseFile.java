package de.fachkraftimfokus.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * What the case file page („Fallakte“) of one business key shows: sections of facts that the
 * process's {@link CaseFileContributor} supplies, the timeline of steps and the mails sent. Only
 * values, German and ready to read; the template words the rest.
 */
public final class CaseFile {

  /** One labelled fact; {@code link} makes the value a link (another case file). */
  public record Row(String label, String value, String link) {
    public static Row of(String label, Object value) {
      return new Row(label, value == null || value.toString().isBlank() ? "–" : value.toString(), "");
    }

    public static Row link(String label, String value, String link) {
      return new Row(label, value, link);
    }
  }

  /** A heading with rows, or with a list of entries (each a list of rows, e.g. one per referral). */
  public record Section(String heading, List<Row> rows, List<List<Row>> entries, String note) {
    public static Section of(String heading, List<Row> rows) {
      return new Section(heading, List.copyOf(rows), List.of(), "");
    }

    public static Section entries(String heading, List<List<Row>> entries, String emptyNote) {
      return new Section(heading, List.of(), List.copyOf(entries), entries.isEmpty() ? emptyNote : "");
    }

    public static Section note(String heading, String note) {
      return new Section(heading, List.of(), List.of(), note);
    }
  }

  /** One step of the timeline: when it began and ended, what, who, in which (sub)process ("" = none). */
  public record Step(String started, String ended, String name, String who, String state, String scope) {
    public Step {
      ended = ended == null ? "" : ended;
      who = who == null ? "" : who;
      scope = scope == null ? "" : scope;
    }
  }

  /** One mail the platform sent for this case; recipients "" when the reader may not see them. */
  public record Mail(String sentAt, String subject, String recipients) {
    public Mail {
      recipients = recipients == null ? "" : recipients;
    }
  }

  /** Fills a page: the contributor adds its sections in order. */
  public static final class Sections {
    private final List<Section> list = new ArrayList<>();

    public Sections add(Section section) {
      list.add(section);
      return this;
    }

    public List<Section> list() {
      return List.copyOf(list);
    }
  }

  private CaseFile() {}
}
