package de.fachkraftimfokus.identity;

import java.util.Arrays;
import java.util.List;

/**
 * What a task card in Tasklist shows besides the task's name (the columns of the seeded filters):
 * variables of the process the task belongs to, where the process has them. Processes use these
 * names for these facts (their backing classes declare the same variables).
 */
public enum TaskCard {
  COMPANY("companyName", "Unternehmen"),
  REGION("region", "Region"),
  OFFER("offerName", "Angebot");

  private final String variable;
  private final String label;

  TaskCard(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  public static List<String> variables() {
    return Arrays.stream(values()).map(TaskCard::variable).toList();
  }
}
