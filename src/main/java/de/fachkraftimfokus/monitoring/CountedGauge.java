package de.fachkraftimfokus.monitoring;

import java.util.Map;

/**
 * A figure that a process package counts in its own tables, for Prometheus as a gauge with one
 * label (e.g. coordination requests by state). {@link EngineGauges} asks every such bean on its
 * schedule and keeps the answer; a scrape only reads the kept values, never the database.
 */
public interface CountedGauge {

  /** The meter's name, e.g. {@code fkif.coordination.requests}. */
  String name();

  /** A German description (Prometheus HELP). */
  String description();

  /** The label that tells the rows apart, e.g. {@code state}. */
  String label();

  /** Count per label value; values with a count of zero may be given, and are shown as 0. */
  Map<String, Long> count();
}
