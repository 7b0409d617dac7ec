package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the deadline: every partner that stayed silent this round agreed (clause 2.3), and the register says so. */
@Component("recordSilentConsentDelegate")
class RecordSilentConsentDelegate implements JavaDelegate {

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ActivityRegister register;
  private final StatementRounds rounds;

  RecordSilentConsentDelegate(ActivityRegister register, StatementRounds rounds) {
    this.register = register;
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    int round = Var.ROUND.get(execution);
    Set<String> answered = register.statements(businessKey, round).stream()
        .map(ActivityRegister.Statement::partnerGroup).collect(Collectors.toSet());
    String due = GERMAN_DATE.format(Var.STATEMENT_DUE_DATE.get(execution).toInstant()
        .atZone(WorkingDays.ZONE));
    for (String partner : rounds.partners(execution)) {
      if (!answered.contains(partner)) {
        register.recordStatement(businessKey, round, partner, StatementKind.ZUSTIMMUNG_DURCH_FRISTABLAUF,
            "Keine Stellungnahme bis zum Fristablauf am " + due, null);
      }
    }
  }
}
