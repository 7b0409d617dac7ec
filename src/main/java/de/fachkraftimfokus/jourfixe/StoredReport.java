package de.fachkraftimfokus.jourfixe;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The monitoring report of a Jour fixe as generated (table {@code jf_report}).
 *
 * @param html the report's XHTML, UTF-8
 */
@Table("jf_report")
record StoredReport(@Id String jourFixeRef, Instant periodFrom, Instant periodTo, byte[] html, byte[] pdf,
    Instant createdAt) {}
