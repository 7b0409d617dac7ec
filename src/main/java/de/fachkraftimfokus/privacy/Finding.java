package de.fachkraftimfokus.privacy;

import java.util.List;

/**
 * One place where a value of the person was found: which place (with its German name and tables),
 * in which process instance (null for the platform's own tables), under which name (variable, form
 * field, comment id, table column …), and the text that holds it.
 */
public record Finding(Place place, String label, List<String> tables, String processDefinitionKey,
    String businessKey, String processInstanceId, String name, String value) {

  static Finding inEngine(Place place, CaseInstance instance, String name, String value) {
    return new Finding(place, place.label(), place.tables(), instance.processDefinitionKey(),
        instance.businessKey(), instance.id(), name, value);
  }

  static Finding inPlatformTable(String table, String column, String value) {
    return new Finding(Place.PLATFORM_TABLE, Place.PLATFORM_TABLE.label(), List.of(table), null, null, null,
        column, value);
  }

  /** A process instance in which the person appears. */
  record CaseInstance(String id, String processDefinitionKey, String businessKey) {}
}
