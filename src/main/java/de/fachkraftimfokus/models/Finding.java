package de.fachkraftimfokus.models;

/**
 * One defect in a model or form, worded for the process owner who has to fix it: which file,
 * which element (id and name as Camunda Modeler shows them), what is wrong and what to do.
 */
public record Finding(String file, String element, String problem, String fix) {

  @Override
  public String toString() {
    return file + (element == null || element.isBlank() ? "" : " › " + element) + ": " + problem + " → " + fix;
  }
}
