package de.fachkraftimfokus.jourfixe;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The approved minutes of a Jour fixe as the PDF that was mailed (table {@code jf_minutes_document}). */
@Table("jf_minutes_document")
record MinutesPdf(@Id String jourFixeRef, byte[] pdf, Instant createdAt) {}
