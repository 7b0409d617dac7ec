package de.fachkraftimfokus.privacy;

import de.fachkraftimfokus.privacy.Finding.CaseInstance;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access to and erasure of a contact person's data on request (GDPR Art. 15 and 17, DESIGN.md §3;
 * the data inventory is {@code docs/datenschutz.md}).
 *
 * <p>A person is found by their e-mail address (ignoring case) in every process instance, running
 * or ended, that holds or ever held it, and in every instance of the same call hierarchy (the case
 * and its referrals). Their values are that address and every name and phone number recorded for
 * them there. Export and erasure then search every {@link Place} of those instances — variables and
 * their whole history, form fields, comments, attachments, decisions, incidents, jobs, the
 * operation log — and every text column of the platform's own tables for these values, also inside
 * longer texts (a case summary that quotes the person).
 *
 * <p>Erasure replaces the values of running instances by {@link #ERASED}, so the case can go on,
 * and removes them from the history; everything in one transaction, so a failure leaves everything
 * as it was. Each request is logged without the person's data (who, when, which cases).
 */
@Service
public class PersonalDataService {

  /** What a running case shows instead of an erased value. */
  public static final String ERASED = "[gelöscht – Datenschutz]";
  static final String EXPORT = "AUSKUNFT";
  static final String ERASURE = "LOESCHUNG";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);

  private final HistoryService historyService;
  private final EnginePlaces engine;
  private final PlatformTables platformTables;
  private final JdbcTemplate jdbc;
  private final PrivacyProperties properties;

  PersonalDataService(HistoryService historyService, EnginePlaces engine, PlatformTables platformTables,
      JdbcTemplate jdbc, PrivacyProperties properties) {
    this.historyService = historyService;
    this.engine = engine;
    this.platformTables = platformTables;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** One process instance with the person's data in it. */
  public record Record(String processDefinitionKey, String businessKey, String processInstanceId, Date startTime,
      Date endTime, Map<String, Object> data) {}

  /**
   * What the platform holds about the person: their data per process instance, and every place
   * where a value of theirs was found.
   */
  public record Export(String email, Instant exportedAt, List<Record> records, List<Finding> places) {}

  /**
   * What an erasure did: the instances and the historic variables it touched, how many findings per
   * place, and the partner groups that had received the person's data with a referral (they must
   * be told, Art. 19 GDPR).
   */
  public record Erasure(int processInstances, int variables, List<String> businessKeys, Map<Place, Integer> places,
      List<String> recipientGroups) {}

  /** The person's data in all process instances and the platform's tables (Art. 15). */
  @Transactional
  public Export export(String email, String requestedBy) {
    String address = checked(email);
    List<CaseInstance> instances = engine.casesOf(address);
    PersonValues values = engine.valuesOf(address, instances);
    List<Finding> findings = new ArrayList<>(engine.find(instances, values));
    findings.addAll(platformTables.find(values));
    List<Record> records = new ArrayList<>();
    for (CaseInstance instance : withPersonalData(instances, findings)) {
      HistoricProcessInstance historic = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instance.id()).singleResult();
      Map<String, Object> data = new LinkedHashMap<>();
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instance.id()).variableNameIn(personalNames()).includeDeleted()
          .disableCustomObjectDeserialization().list()) {
        if (variable.getValue() instanceof String text && (values.matches(text) || values.foundIn(text))) {
          data.put(variable.getName(), text);
        }
      }
      records.add(new Record(historic.getProcessDefinitionKey(), historic.getBusinessKey(), historic.getId(),
          historic.getStartTime(), historic.getEndTime(), data));
    }
    log(EXPORT, requestedBy, records.stream().map(Record::businessKey).toList(), 0);
    return new Export(address, Instant.now(), records, findings);
  }

  /** Erases the person's data everywhere (Art. 17). */
  @Transactional
  public Erasure erase(String email, String requestedBy) {
    String address = checked(email);
    List<CaseInstance> instances = engine.casesOf(address);
    PersonValues values = engine.valuesOf(address, instances);
    List<String> recipients = recipientGroups(instances);
    List<Finding> erased = engine.erase(instances, values);
    int platformCells = platformTables.erase(values);
    Map<Place, Integer> places = new EnumMap<>(Place.class);
    erased.forEach(finding -> places.merge(finding.place(), 1, Integer::sum));
    if (platformCells > 0) {
      places.put(Place.PLATFORM_TABLE, platformCells);
    }
    List<CaseInstance> affected = withPersonalData(instances, erased);
    List<String> businessKeys = affected.stream().map(CaseInstance::businessKey).toList();
    int variables = (int) erased.stream().filter(f -> f.place() == Place.HISTORIC_VARIABLE).count();
    log(ERASURE, requestedBy, businessKeys, variables);
    LOG.info("Datenschutz-Löschung durch {}: {} Fundstellen in {} Vorgängen ({}), {} in Tabellen der Plattform",
        requestedBy, erased.size(), affected.size(), businessKeys, platformCells);
    return new Erasure(affected.size(), variables, businessKeys, places, recipients);
  }

  /** The instances in which something of the person was found, in their order. */
  private static List<CaseInstance> withPersonalData(List<CaseInstance> instances, List<Finding> findings) {
    Set<String> ids = new LinkedHashSet<>();
    findings.forEach(finding -> ids.add(finding.processInstanceId()));
    return instances.stream().filter(instance -> ids.contains(instance.id())).toList();
  }

  /** Partner groups of the instances that received a personal variable (a referral with consent). */
  private List<String> recipientGroups(List<CaseInstance> instances) {
    Set<String> groups = new LinkedHashSet<>();
    for (CaseInstance instance : instances) {
      boolean received = historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.id())
          .variableNameIn(personalNames()).includeDeleted().count() > 0;
      if (received) {
        historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.id())
            .variableName(properties.recipientVariable()).list().stream()
            .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
            .forEach(groups::add);
      }
    }
    return List.copyOf(groups);
  }

  private String[] personalNames() {
    return properties.personalVariables().toArray(String[]::new);
  }

  private static String checked(String email) {
    String address = email == null ? "" : email.trim();
    if (!InputCheck.EMAIL.matcher(address).matches()) {
      throw new InvalidInputException(List.of(new FieldError("email", "E-Mail-Adresse der Person",
          "keine gültige E-Mail-Adresse")));
    }
    return address.toLowerCase(Locale.ROOT);
  }

  /** The request log keeps no personal data: kind, who, when, which cases. */
  private void log(String kind, String requestedBy, List<String> businessKeys, int variables) {
    String keys = String.join(",", businessKeys);
    jdbc.update("INSERT INTO fkif_privacy_request (kind, requested_by, requested_at, process_instances, variables, "
            + "business_keys) VALUES (?,?,?,?,?,?)", kind, requestedBy, Timestamp.from(Instant.now()),
        businessKeys.size(), variables, keys.length() > 4000 ? keys.substring(0, 4000) : keys);
  }
}
