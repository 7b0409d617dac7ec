package de.fachkraftimfokus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import de.fachkraftimfokus.privacy.PrivacyTestSupport.Person;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link FormFieldHistoryPlugin} and {@link LegacyFormFieldHistoryMigration}: no second copy of form values. */
@PlatformTest
@DisplayName("Datenschutz: keine Formularfeld-Historie mehr, Altbestand entfernt")
class PersonalDataFormFieldHistoryTest extends MailingProcessTest {

  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired DataSource dataSource;
  @Autowired LegacyFormFieldHistoryMigration migration;
  @Autowired Flyway flyway;

  @Test
  @DisplayName("Ein Start über das Formular (wie Tasklist) schreibt jede Variable in die Historie, aber kein Formularfeld – Camunda allein hätte jedes Textfeld ein zweites Mal gespeichert")
  void formSubmissionWritesVariablesOnly() {
    Person person = Person.unique();
    Map<String, Object> fields = startFields(person);
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .latestVersion().singleResult().getId();

    ProcessInstance pi = forms.submitStartForm(definitionId, fields);

    long variableUpdates = history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().count();
    assertThat(variableUpdates).as("jedes Feld als Variablenänderung").isGreaterThanOrEqualTo(fields.size());
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields().count())
        .as("keine Formularfelder").isZero();
    long textFields = fields.values().stream().filter(String.class::isInstance).count();
    // what Camunda's default handler does with the same submission: one more row per text field
    PrivacyTestSupport.writeLegacyFormFields(engine, pi.getId(), textFields(fields));
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields().count())
        .as("die Abfrage sieht Formularfelder, wenn es sie gibt").isEqualTo(textFields);
    System.out.printf("[datenschutz] Start über das Formular: %d Variablenänderungen; ohne Plugin %d Formularfeld-Zeilen mehr%n",
        variableUpdates, textFields);
  }

  @Test
  @DisplayName("Migration V60 entfernt die Formularfeld-Historie aller Fälle und lässt die Variablenhistorie stehen; Flyway hat sie ausgeführt")
  void migrationRemovesLegacyRows() throws Exception {
    Person person = Person.unique();
    Map<String, Object> fields = startFields(person);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(AdvisoryCaseProcess.KEY, fields);
    PrivacyTestSupport.writeLegacyFormFields(engine, pi.getId(), textFields(fields));
    long variableUpdates = history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().count();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields().count()).isPositive();

    try (Connection connection = dataSource.getConnection()) {
      migration.migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return connection;
        }
      });
    }

    assertThat(history.createHistoricDetailQuery().formFields().count()).as("keine im ganzen System").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().count())
        .isEqualTo(variableUpdates);
    assertThat(flyway.info().applied()).as("Flyway hat V60 beim Start ausgeführt")
        .anyMatch(applied -> applied.getVersion().getVersion().equals("60") && applied.getState().isApplied()
            && !applied.getState().isFailed());
  }

  private static Map<String, Object> startFields(Person person) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(Var.COMPANY_NAME.name(), "Formularprobe " + ThreadLocalRandom.current().nextInt(10_000_000) + " GmbH");
    fields.put(Var.COMPANY_POSTCODE.name(), "39" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    fields.put(Var.DISTRICT.name(), "magdeburg");
    fields.put(Var.SECTOR.name(), "C");
    fields.put(Var.SIZE_BAND.name(), "10-49");
    fields.put(Var.CONTACT_NAME.name(), person.name());
    fields.put(Var.CONTACT_EMAIL.name(), person.email());
    fields.put(Var.CONTACT_PHONE.name(), person.phone());
    fields.put(Var.INQUIRY_SOURCE.name(), "UNTERNEHMEN");
    fields.put(Var.INQUIRY_SUMMARY.name(), "Sucht Auszubildende");
    fields.put(Var.CONSENT_DATA_SHARING.name(), true);
    return fields;
  }

  private static Map<String, String> textFields(Map<String, Object> fields) {
    Map<String, String> texts = new HashMap<>();
    fields.forEach((name, value) -> {
      if (value instanceof String text) {
        texts.put(name, text);
      }
    });
    return texts;
  }
}
