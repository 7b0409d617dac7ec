package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code recordResult}: an event or workshop that took place counts its participants;
 * every line of the press links is a web address. The result goes into the register (it counts in
 * the Jour fixe's monitoring report); an activity that did not take place is „abgesagt“.
 */
@Component("recordResultListener")
class RecordResultListener extends TaskCompletion {

  private final PublicActivityRegister register;

  RecordResultListener(PublicActivityRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    boolean cancelled = Var.CANCELLED.isTrue(execution);
    Long participants = Var.PARTICIPANTS.get(execution);
    String pressLinks = PublicActivityProcess.trimmed(Var.PRESS_LINKS.get(execution));
    InputCheck check = InputCheck.of(Map.of());
    if (!cancelled && Var.KIND.require(execution).isCoordinated()) {
      check.rule(participants != null, Var.PARTICIPANTS, "Teilnehmende", "bei einer Veranstaltung oder einem "
          + "Workshop, der stattgefunden hat, bitte die Zahl der Teilnehmenden angeben");
    }
    if (pressLinks != null) {
      check.rule(Arrays.stream(pressLinks.split("\\R")).map(String::trim).filter(line -> !line.isEmpty())
              .allMatch(line -> PublicActivityProcess.URL.matcher(line).matches()), Var.PRESS_LINKS,
          "Links zur Presseresonanz", "eine Adresse (https://…) je Zeile");
    }
    check.rule(!PublicActivityProcess.blank(Var.RESONANCE.get(execution)), Var.RESONANCE,
        cancelled ? "Grund der Absage" : "Resonanz", "Pflichtfeld");
    check.orThrow();
    register.recordResult(execution.getProcessBusinessKey(),
        cancelled ? PublicActivityState.ABGESAGT : PublicActivityState.DURCHGEFUEHRT,
        cancelled || participants == null ? null : participants.intValue(), Var.RESONANCE.require(execution).trim(),
        pressLinks);
  }
}
