package de.fachkraftimfokus.identity;

import java.util.Arrays;
import java.util.List;

/**
 * What a task card in Tasklist shows besides the task's name (the columns of the seeded filters):
 * task-local copies that {@link TaskCardVariables} writes when a task is created, for every process
 * — the case number always, the company where the process has one, otherwise the subject (a
 * coordination request's or public activity's title), the region by its name and the offer of a
 * referral. Never personal data.
 */
public enum TaskCard {
  CASE_NUMBER("caseNumber", "Geschäftszeichen"),
  COMPANY("companyName", "Unternehmen"),
  SUBJECT("cardSubject", "Betreff"),
  REGION("regionName", "Region"),
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
