package de.fachkraftimfokus.migration;

import de.fachkraftimfokus.models.BackingClasses;
import de.fachkraftimfokus.models.ModelValidator;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.migration.MigrationVariableValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Instance migration for process owners (issue 17): Camunda 7 CE has the migration API but not
 * Cockpit's migration screen. For a process key and two versions this proposes a plan (the engine's
 * {@code mapEqualActivities} plus activities renamed in the new version, matched by type and German
 * name), validates it, checks every running instance of the source version, and runs the migration as
 * an engine batch ({@code executeAsync}) for the instances that can move. Instances that cannot move
 * (e.g. waiting at an activity the new version removed) are reported and left untouched.
 *
 * <p>Everything runs as the calling user: the engine checks MIGRATE_INSTANCE on both definitions and
 * the right to create migration batches. Variables a new version needs are declared with the plan
 * ({@code setVariables}) and must be variables the process knows (its backing class or its model).
 */
@Service
public class MigrationService {

  /** More instances than this are checked on the page in several steps (the check migrates each one in a rolled-back transaction). */
  static final int MAX_CHECKED_INSTANCES = 500;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final MigrationRunRepository runs;
  private final JdbcAggregateOperations aggregates;
  private final TransactionTemplate dryRun;
  private final Clock clock;
  private volatile BackingClasses backingClasses;

  MigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
      ManagementService managementService, HistoryService historyService, MigrationRunRepository runs,
      JdbcAggregateOperations aggregates, PlatformTransactionManager transactionManager) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.runs = runs;
    this.aggregates = aggregates;
    this.dryRun = new TransactionTemplate(transactionManager);
    this.dryRun.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.clock = Clock.systemUTC();
  }

  // ------------------------------------------------------------------ API records

  /** A version of a process, with how many instances run on it. */
  public record Version(String definitionId, int version, String versionTag, long runningInstances) {}

  /** source activity → target activity; names as the owner sees them in Modeler and Cockpit. */
  public record Mapping(String sourceActivityId, String targetActivityId) {}

  public record ProposedMapping(String sourceActivityId, String sourceName, String targetActivityId, String targetName,
      String reason) {}

  public record Element(String activityId, String name, String type) {}

  /**
   * What the owner sends to validate or run: versions, the (edited) mappings, defaults of new variables,
   * and optionally the instances to move (default: every running instance of the source version).
   */
  public record PlanRequest(String processKey, Integer sourceVersion, Integer targetVersion, List<Mapping> mappings,
      Map<String, Object> variables, List<String> processInstanceIds) {}

  public record Proposal(String processKey, Version source, Version target, List<ProposedMapping> mappings,
      List<Element> notMapped, List<Element> newInTarget, Map<String, Object> variables, List<String> knownVariables) {}

  /** One running instance of the source version: where it stands and whether it can move, and why not. */
  public record InstanceCheck(String processInstanceId, String businessKey, List<String> activities, boolean migratable,
      List<String> reasons) {}

  public record Validation(boolean planValid, List<String> planProblems, int checkedInstances, int migratable,
      int notMigratable, List<InstanceCheck> instances) {}

  public record Started(String batchId, int instances, List<InstanceCheck> leftUntouched) {}

  public record InstanceResult(String processInstanceId, String businessKey, String state) {}

  public record Progress(String batchId, String processKey, int sourceVersion, int targetVersion, String startedBy,
      int total, int migrated, int failedJobs, boolean finished, String failure, List<InstanceResult> instances) {}

  // ------------------------------------------------------------------ versions and proposal

  public List<Version> versions(String processKey) {
    requireKey(processKey);
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).orderByProcessDefinitionVersion().asc().list();
    if (definitions.isEmpty()) {
      throw invalid("processKey", "Prozess", "„" + processKey + "“ ist kein deployter Prozess (oder Ihnen nicht sichtbar)");
    }
    return definitions.stream().map(this::version).toList();
  }

  public Proposal propose(PlanRequest request) {
    ProcessDefinition source = definition(request, true);
    ProcessDefinition target = definition(request, false);
    MigrationPlan equal = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
    List<ProposedMapping> mappings = new ArrayList<>();
    Set<String> mappedSources = new HashSet<>();
    Set<String> mappedTargets = new HashSet<>();
    for (MigrationInstruction instruction : equal.getInstructions()) {
      mappings.add(new ProposedMapping(instruction.getSourceActivityId(), name(sourceModel, instruction.getSourceActivityId()),
          instruction.getTargetActivityId(), name(targetModel, instruction.getTargetActivityId()), "gleiche ID"));
      mappedSources.add(instruction.getSourceActivityId());
      mappedTargets.add(instruction.getTargetActivityId());
    }
    List<FlowNode> openSources = waitStates(sourceModel).stream().filter(n -> !mappedSources.contains(n.getId())).toList();
    List<FlowNode> openTargets = new ArrayList<>(waitStates(targetModel).stream()
        .filter(n -> !mappedTargets.contains(n.getId())).toList());
    List<Element> notMapped = new ArrayList<>();
    for (FlowNode node : openSources) {
      Optional<FlowNode> renamed = openTargets.stream()
          .filter(t -> t.getElementType().equals(node.getElementType()) && sameName(t, node)).findFirst();
      if (renamed.isEmpty()) {
        List<FlowNode> sameType = openTargets.stream().filter(t -> t.getElementType().equals(node.getElementType())
            && scopeId(t).equals(scopeId(node))).toList();
        renamed = sameType.size() == 1 && openSources.stream().filter(s -> s.getElementType().equals(node.getElementType())
            && scopeId(s).equals(scopeId(node))).count() == 1 ? Optional.of(sameType.get(0)) : Optional.empty();
      }
      if (renamed.isPresent()) {
        FlowNode target1 = renamed.get();
        openTargets.remove(target1);
        mappings.add(new ProposedMapping(node.getId(), node.getName(), target1.getId(), target1.getName(),
            sameName(target1, node) ? "gleicher Name, neue ID" : "einziges Element dieses Typs an dieser Stelle – bitte prüfen"));
      } else {
        notMapped.add(element(node));
      }
    }
    List<Element> newInTarget = openTargets.stream().map(MigrationService::element).toList();
    return new Proposal(source.getKey(), version(source), version(target), mappings, notMapped, newInTarget,
        Map.of(), List.copyOf(knownVariables(target, targetModel)));
  }

  // ------------------------------------------------------------------ validation

  public Validation validate(PlanRequest request) {
    ProcessDefinition source = definition(request, true);
    ProcessDefinition target = definition(request, false);
    Map<String, Object> variables = variables(request, target);
    MigrationPlan plan;
    try {
      plan = plan(source, target, request.mappings(), variables);
    } catch (MigrationPlanValidationException e) {
      return new Validation(false, planProblems(e.getValidationReport()), 0, 0, 0, List.of());
    }
    List<InstanceCheck> checks = checkInstances(source, plan, runningInstances(source, request.processInstanceIds()));
    long migratable = checks.stream().filter(InstanceCheck::migratable).count();
    return new Validation(true, List.of(), checks.size(), (int) migratable, (int) (checks.size() - migratable), checks);
  }

  /** Validates and starts the batch for the instances that can move; the others stay where they are. */
  public Started start(PlanRequest request, String userId) {
    ProcessDefinition source = definition(request, true);
    ProcessDefinition target = definition(request, false);
    Map<String, Object> variables = variables(request, target);
    MigrationPlan plan;
    try {
      plan = plan(source, target, request.mappings(), variables);
    } catch (MigrationPlanValidationException e) {
      throw new InvalidInputException(planProblems(e.getValidationReport()).stream()
          .map(problem -> new FieldError("mappings", "Migrationsplan", problem)).toList());
    }
    List<InstanceCheck> checks = checkInstances(source, plan, runningInstances(source, request.processInstanceIds()));
    List<InstanceCheck> movable = checks.stream().filter(InstanceCheck::migratable).toList();
    List<InstanceCheck> untouched = checks.stream().filter(c -> !c.migratable()).toList();
    if (movable.isEmpty()) {
      throw invalid("sourceVersion", "Quellversion", checks.isEmpty()
          ? "auf Version " + source.getVersion() + " läuft keine Instanz, die umziehen könnte"
          : "keine der " + checks.size() + " Instanzen kann mit diesem Plan umziehen (Gründe: Prüfung ansehen)");
    }
    Batch batch = runtimeService.newMigration(plan)
        .processInstanceIds(movable.stream().map(InstanceCheck::processInstanceId).toList())
        .executeAsync();
    Set<MigrationRun.Instance> instances = new LinkedHashSet<>();
    movable.forEach(c -> instances.add(new MigrationRun.Instance(c.processInstanceId(), c.businessKey())));
    aggregates.insert(new MigrationRun(batch.getId(), source.getKey(), source.getId(), source.getVersion(), target.getId(),
        target.getVersion(), userId, clock.instant(), instances));
    return new Started(batch.getId(), movable.size(), untouched);
  }

  public Progress progress(String batchId) {
    MigrationRun run = runs.findById(batchId).orElseThrow(() -> invalid("batchId", "Migration",
        "„" + batchId + "“ ist keine Migration dieser Plattform"));
    // the instances as the caller may see them: the engine's read permission applies
    Map<String, String> definitionOf = new LinkedHashMap<>();
    List<String> ids = run.instances().stream().map(MigrationRun.Instance::processInstanceId).toList();
    if (!ids.isEmpty()) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(new HashSet<>(ids)).list()) {
        definitionOf.put(instance.getId(), instance.getProcessDefinitionId());
      }
      historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(ids)).finished().list()
          .forEach(h -> definitionOf.putIfAbsent(h.getId(), h.getProcessDefinitionId()));
    }
    Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
    HistoricBatch historic = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
    boolean finished = batch == null && (historic == null || historic.getEndTime() != null);
    int failedJobs = 0;
    String failure = null;
    if (batch != null) {
      List<Job> failed = managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
          .noRetriesLeft().list();
      failedJobs = failed.size();
      if (!failed.isEmpty()) {
        failure = "Ein Teil der Migration ist fehlgeschlagen (" + failed.get(0).getExceptionMessage()
            + "). Die betroffenen Instanzen bleiben auf Version " + run.sourceVersion()
            + "; Details in Cockpit unter Vorfälle bzw. Batches.";
      }
    }
    List<InstanceResult> results = new ArrayList<>();
    int migrated = 0;
    for (MigrationRun.Instance instance : run.instances().stream()
        .sorted(java.util.Comparator.comparing(MigrationRun.Instance::processInstanceId)).toList()) {
      String definition = definitionOf.get(instance.processInstanceId());
      String state;
      if (run.targetDefinitionId().equals(definition)) {
        state = "umgezogen";
        migrated++;
      } else if (definition == null) {
        state = "nicht sichtbar oder gelöscht";
      } else if (finished || failedJobs > 0) {
        state = "nicht umgezogen (Version " + run.sourceVersion() + ")";
      } else {
        state = "ausstehend";
      }
      results.add(new InstanceResult(instance.processInstanceId(), instance.businessKey(), state));
    }
    return new Progress(batchId, run.processKey(), run.sourceVersion(), run.targetVersion(), run.startedBy(),
        run.instances().size(), migrated, failedJobs, finished, failure, results);
  }

  public List<Progress> recent(String processKey) {
    requireKey(processKey);
    return runs.findTop20ByProcessKeyOrderByStartedAtDesc(processKey).stream().map(r -> progress(r.batchId())).toList();
  }

  // ------------------------------------------------------------------ plan and checks

  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, List<Mapping> mappings,
      Map<String, Object> variables) {
    if (mappings == null || mappings.isEmpty()) {
      throw invalid("mappings", "Zuordnungen", "Pflichtfeld: mindestens eine Zuordnung (Vorschlag übernehmen)");
    }
    MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
    Set<String> seen = new HashSet<>();
    for (Mapping mapping : mappings) {
      if (mapping == null || blank(mapping.sourceActivityId()) || blank(mapping.targetActivityId())) {
        throw invalid("mappings", "Zuordnungen", "jede Zuordnung braucht Quell- und Ziel-Aktivität");
      }
      if (!seen.add(mapping.sourceActivityId())) {
        throw invalid("mappings", "Zuordnungen", "„" + mapping.sourceActivityId() + "“ ist mehr als einmal zugeordnet");
      }
      builder = builder.mapActivities(mapping.sourceActivityId(), mapping.targetActivityId());
    }
    if (!variables.isEmpty()) {
      builder = builder.setVariables(variables);
    }
    return builder.build();
  }

  /**
   * Checks each instance by migrating it in a transaction that is always rolled back: the engine's own
   * instance validation, with its reasons, and nothing changes.
   */
  private List<InstanceCheck> checkInstances(ProcessDefinition source, MigrationPlan plan, List<ProcessInstance> instances) {
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    List<InstanceCheck> checks = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      List<String> activities = runtimeService.getActiveActivityIds(instance.getId()).stream()
          .map(id -> describe(sourceModel, id)).toList();
      List<String> reasons = dryRun.execute(status -> {
        status.setRollbackOnly();
        try {
          runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
          return List.<String>of();
        } catch (MigratingProcessInstanceValidationException e) {
          return instanceProblems(sourceModel, e.getValidationReport());
        } catch (org.camunda.bpm.engine.AuthorizationException e) {
          throw e;
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
          return List.of(German.instanceFailure(e.getMessage()));
        }
      });
      checks.add(new InstanceCheck(instance.getId(), instance.getBusinessKey(), activities, reasons.isEmpty(), reasons));
    }
    return checks;
  }

  private List<ProcessInstance> runningInstances(ProcessDefinition source, List<String> only) {
    var query = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId());
    if (only != null && !only.isEmpty()) {
      query = query.processInstanceIds(new HashSet<>(only));
    }
    List<ProcessInstance> instances = query.orderByProcessInstanceId().asc().listPage(0, MAX_CHECKED_INSTANCES + 1);
    if (only != null && !only.isEmpty() && instances.size() < new HashSet<>(only).size()) {
      Set<String> found = new HashSet<>(instances.stream().map(ProcessInstance::getId).toList());
      throw invalid("processInstanceIds", "Instanzen", "nicht auf Version " + source.getVersion() + " laufend (oder nicht "
          + "sichtbar): " + only.stream().filter(id -> !found.contains(id)).distinct().toList());
    }
    if (instances.size() > MAX_CHECKED_INSTANCES) {
      throw invalid("sourceVersion", "Quellversion", "auf Version " + source.getVersion() + " laufen mehr als "
          + MAX_CHECKED_INSTANCES + " Instanzen; bitte die Administration um eine Migration in Teilen bitten");
    }
    return instances;
  }

  private static List<String> planProblems(MigrationPlanValidationReport report) {
    List<String> problems = new ArrayList<>();
    for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
      MigrationInstruction i = instruction.getMigrationInstruction();
      for (String failure : instruction.getFailures()) {
        problems.add("Zuordnung " + i.getSourceActivityId() + " → " + i.getTargetActivityId() + ": " + German.planFailure(failure));
      }
    }
    for (Map.Entry<String, MigrationVariableValidationReport> variable : report.getVariableReports().entrySet()) {
      for (String failure : variable.getValue().getFailures()) {
        problems.add("Variable " + variable.getKey() + ": " + German.variableFailure(failure));
      }
    }
    if (problems.isEmpty()) {
      problems.add("Der Plan ist ungültig: " + report.toString());
    }
    return problems;
  }

  private static List<String> instanceProblems(BpmnModelInstance sourceModel, MigratingProcessInstanceValidationReport report) {
    List<String> problems = new ArrayList<>();
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      for (String failure : activity.getFailures()) {
        problems.add(describe(sourceModel, activity.getSourceScopeId()) + ": " + German.instanceFailure(failure));
      }
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      for (String failure : transition.getFailures()) {
        problems.add(describe(sourceModel, transition.getSourceScopeId()) + " (wartet auf einen Job): "
            + German.instanceFailure(failure));
      }
    }
    for (String failure : report.getFailures()) {
      problems.add(German.instanceFailure(failure));
    }
    return problems;
  }

  // ------------------------------------------------------------------ variables

  /** The defaults of the plan: only variables the target process knows, only plain values (text, number, yes/no). */
  private Map<String, Object> variables(PlanRequest request, ProcessDefinition target) {
    if (request.variables() == null || request.variables().isEmpty()) {
      return Map.of();
    }
    Set<String> known = knownVariables(target, repositoryService.getBpmnModelInstance(target.getId()));
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    request.variables().forEach((name, value) -> {
      if (!known.contains(name)) {
        errors.add(new FieldError("variables." + name, name, "ist keine Variable des Prozesses " + target.getKey()
            + " (Tippfehler? Neue Variablen nimmt die Entwicklung in die Prozessklasse auf)"));
      } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        errors.add(new FieldError("variables." + name, name, "muss ein Text, eine Zahl oder ja/nein (true/false) sein"));
      } else if (value instanceof String text && text.length() > 4000) {
        errors.add(new FieldError("variables." + name, name, "ist länger als 4000 Zeichen"));
      } else {
        values.put(name, value instanceof Number number && !(number instanceof Long || number instanceof Integer)
            ? number.doubleValue() : value);
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return values;
  }

  private Set<String> knownVariables(ProcessDefinition target, BpmnModelInstance model) {
    if (backingClasses == null) {
      backingClasses = new BackingClasses();
    }
    Set<String> known = new TreeSet<>(ModelValidator.modelWrittenVariables(model.getDocument().getRootElement()));
    backingClasses.forProcess(target.getKey()).ifPresent(type -> known.addAll(BackingClasses.declaredNames(type)));
    return known;
  }

  // ------------------------------------------------------------------ helpers

  private Version version(ProcessDefinition definition) {
    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
    return new Version(definition.getId(), definition.getVersion(), definition.getVersionTag(), running);
  }

  private ProcessDefinition definition(PlanRequest request, boolean source) {
    if (request == null) {
      throw invalid("processKey", "Prozess", "Pflichtfeld");
    }
    requireKey(request.processKey());
    Integer version = source ? request.sourceVersion() : request.targetVersion();
    String field = source ? "sourceVersion" : "targetVersion";
    String label = source ? "Quellversion" : "Zielversion";
    if (version == null) {
      throw invalid(field, label, "Pflichtfeld");
    }
    if (request.sourceVersion() != null && request.sourceVersion().equals(request.targetVersion())) {
      throw invalid("targetVersion", "Zielversion", "muss sich von der Quellversion unterscheiden");
    }
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(request.processKey()).processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw invalid(field, label, "Version " + version + " von „" + request.processKey() + "“ gibt es nicht");
    }
    return definition;
  }

  private static void requireKey(String processKey) {
    if (blank(processKey) || !processKey.matches("[A-Za-z0-9_.-]{1,255}")) {
      throw invalid("processKey", "Prozess", "Pflichtfeld: ein Prozessschlüssel wie advisory-case");
    }
  }

  /** Elements an instance can wait in: activities (tasks, call activities, sub-processes) and catching events. */
  private static List<FlowNode> waitStates(BpmnModelInstance model) {
    List<FlowNode> nodes = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node instanceof Activity || node instanceof EventBasedGateway
          || (node instanceof CatchEvent && !(node instanceof StartEvent && !inEventSubProcess(node)))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static boolean inEventSubProcess(FlowNode node) {
    return node.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub && sub.triggeredByEvent();
  }

  private static String scopeId(FlowNode node) {
    ModelElementInstance parent = node.getParentElement();
    return parent instanceof org.camunda.bpm.model.bpmn.instance.BaseElement base ? base.getId() : "";
  }

  private static boolean sameName(FlowNode a, FlowNode b) {
    return a.getName() != null && b.getName() != null && a.getName().trim().equalsIgnoreCase(b.getName().trim());
  }

  private static Element element(FlowNode node) {
    return new Element(node.getId(), node.getName(), node.getElementType().getTypeName());
  }

  private static String name(BpmnModelInstance model, String activityId) {
    String id = activityId.replace("#multiInstanceBody", "");
    ModelElementInstance element = model.getModelElementById(id);
    String name = element instanceof FlowNode node ? node.getName() : null;
    return name == null ? null : name.replace('\n', ' ') + (activityId.endsWith("#multiInstanceBody") ? " (Mehrfachinstanz)" : "");
  }

  static String describe(BpmnModelInstance model, String activityId) {
    if (activityId == null) {
      return "?";
    }
    String name = name(model, activityId);
    return activityId.replace("#multiInstanceBody", "") + (name == null ? "" : " (" + name + ")");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static InvalidInputException invalid(String field, String label, String message) {
    return new InvalidInputException(List.of(new FieldError(field, label, message)));
  }
}
