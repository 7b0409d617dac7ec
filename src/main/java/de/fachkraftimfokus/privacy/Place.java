package de.fachkraftimfokus.privacy;

import java.util.List;
import java.util.Locale;

/**
 * Every place where the engine or the platform can keep a value of a contact person, with the
 * tables behind it. Export and erasure report their findings by these places, and the data
 * inventory ({@code docs/datenschutz.md}, table „Orte“) lists exactly these ids and tables — a test
 * compares both, and checks that every table in which a database scan finds a person's value
 * belongs to one of them.
 */
public enum Place {

  RUNTIME_VARIABLE("Prozessvariable eines laufenden Vorgangs", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY"),
  HISTORIC_VARIABLE("Variablenhistorie (letzter Wert)", "ACT_HI_VARINST", "ACT_GE_BYTEARRAY"),
  VARIABLE_UPDATE("Variablenhistorie (jede frühere Änderung)", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY"),
  FORM_FIELD("Formularfeld-Historie (Altbestand)", "ACT_HI_DETAIL"),
  COMMENT("Kommentar zu Aufgabe oder Vorgang", "ACT_HI_COMMENT"),
  ATTACHMENT("Anhang zu Aufgabe oder Vorgang", "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY"),
  DECISION("Entscheidungshistorie (Ein- und Ausgaben)", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY"),
  INCIDENT("Vorfall (Fehlermeldung)", "ACT_RU_INCIDENT", "ACT_HI_INCIDENT"),
  FAILED_JOB("Fehlgeschlagener Job (Meldung und Stacktrace)", "ACT_RU_JOB", "ACT_GE_BYTEARRAY"),
  JOB_LOG("Job-Protokoll (Meldung und Stacktrace)", "ACT_HI_JOB_LOG", "ACT_GE_BYTEARRAY"),
  OPERATION_LOG("Protokoll der Benutzeraktionen", "ACT_HI_OP_LOG"),
  /** Any table of the platform's own (Flyway) schema: every table that is not Camunda's. */
  PLATFORM_TABLE("Tabelle der Plattform");

  /** Camunda's tables all begin with this prefix; every other table of the schema is the platform's. */
  static final String ENGINE_PREFIX = "ACT_";

  private final String label;
  private final List<String> tables;

  Place(String label, String... tables) {
    this.label = label;
    this.tables = List.of(tables);
  }

  /** German name, as export and erasure show it. */
  public String label() {
    return label;
  }

  /** Camunda's tables of this place (none for {@link #PLATFORM_TABLE}: it stands for all others). */
  public List<String> tables() {
    return tables;
  }

  /** Whether a value found in this table (any case) can belong to this place. */
  public boolean covers(String table) {
    String name = table.toUpperCase(Locale.ROOT);
    if (this == PLATFORM_TABLE) {
      return !name.startsWith(ENGINE_PREFIX);
    }
    return tables.contains(name);
  }
}
