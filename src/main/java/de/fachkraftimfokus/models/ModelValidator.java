package de.fachkraftimfokus.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every model in {@code bpmn/} and every form in {@code forms/} must follow (DESIGN.md
 * §4, STYLE.md), checked without an engine so they run in a second. Each defect becomes a
 * {@link Finding} that tells the process owner which file and element, what is wrong and what to do.
 *
 * <p>What a process "knows" (the variables its forms may use as field keys): the constants of its
 * backing class ({@link BackingClasses}), plus what the model itself writes — output parameters,
 * {@code camunda:resultVariable}, call-activity {@code camunda:out} targets, generated form fields.
 * A form that introduces a new variable therefore needs a constant in the backing class: that keeps
 * the variable list of each process in one place, and a typo in a form field key fails here.
 */
public final class ModelValidator {

  static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String TARGET_PLATFORM = "Camunda Platform";
  static final String TARGET_VERSION_PREFIX = "7.24";

  /** Ids Camunda Modeler generates (Activity_0abc12x, Gateway_1xyz, Flow_0k3, UserTask_1, Process_1, …). */
  static final Pattern GENERATED_ID = Pattern.compile("[A-Z][A-Za-z]*_[0-9a-z]{1,8}");

  private static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)+");
  private static final Pattern ENGLISH_WORDS =
      Pattern.compile("(?i).*\\b(task|review|approve|send|create|update|request|handle|user|check if|decide)\\b.*");
  private static final Pattern FIRST_IDENTIFIER = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ISO_DURATION = Pattern.compile("P(\\d+[YMWD])*(T(\\d+[HMS])+)?");

  /** Due dates DESIGN.md §2 prescribes, by task id. */
  record DueDateRule(String taskId, String expectation, String expectedLiteral) {}

  static final List<DueDateRule> DUE_DATES = List.of(
      new DueDateRule("clearing", "fällig in 14 Tagen (DESIGN.md 2.1): camunda:dueDate=\"P14D\" oder ein Ausdruck", "P14D"),
      new DueDateRule("acceptReferral", "fällig in 5 Arbeitstagen (DESIGN.md 2.2): ein Ausdruck, der Wochenenden und Feiertage überspringt", null),
      new DueDateRule("giveStatement", "fällig in 10 Arbeitstagen (DESIGN.md 2.3): ein Ausdruck, der Wochenenden und Feiertage überspringt", null),
      new DueDateRule("prepareContribution", "fällig fünf Tage vor dem Jour-fixe-Termin (DESIGN.md 2.4): ein Ausdruck, der vom Termin aus rechnet", null),
      new DueDateRule("acknowledgeChange", "fällig in 5 Arbeitstagen (Issue 13, DESIGN.md 2.5): ein Ausdruck, der Wochenenden und Feiertage überspringt", null));

  private static final Set<String> INPUT_FIELD_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "radio", "select", "checklist", "taglist");

  private final ObjectMapper json = new ObjectMapper();
  private final BackingClasses backingClasses;
  private final List<Finding> findings = new ArrayList<>();

  /** Forms by form id. */
  private final Map<String, FormFile> forms = new LinkedHashMap<>();
  private final Set<String> referencedFormIds = new TreeSet<>();
  /** Where the forms a model refers to must be: the build's forms/ folder or the same deployment. */
  private String formsPlace = "in forms/";
  private String formsRemedy = "die Formular-ID korrigieren oder das Formular in forms/ anlegen (die ID steht im Formular, nicht der Dateiname)";

  record FormFile(String file, String id, JsonNode json) {}

  /** One file to check: its name as the owner knows it (bpmn/advisory-case.bpmn, or the name in a deployment) and its bytes. */
  public record Resource(String name, byte[] content) {}

  /**
   * What a deployment is compared with: the versionTag of the latest deployed process or decision of
   * a key (empty when none is deployed), and whether a delegate bean exists.
   */
  public interface DeployedState {
    Optional<String> processVersionTag(String processKey);

    Optional<String> decisionVersionTag(String decisionKey);

    boolean delegateExists(String beanName);
  }

  public ModelValidator(BackingClasses backingClasses) {
    this.backingClasses = backingClasses;
  }

  /** Checks every model below {@code modelDir} ({@code bpmn/}) and every form below {@code formsDir}. */
  public List<Finding> validate(Path modelDir, Path formsDir) {
    List<Resource> resources = new ArrayList<>();
    for (Path file : files(formsDir, ".form")) {
      resources.add(new Resource(label(file), read(file)));
    }
    for (Path file : files(modelDir, ".bpmn")) {
      resources.add(new Resource(label(file), read(file)));
    }
    for (Path file : files(modelDir, ".dmn")) {
      resources.add(new Resource(label(file), read(file)));
    }
    checkAll(resources);
    for (FormFile form : forms.values()) {
      if (!referencedFormIds.contains(form.id())) {
        add(form.file(), form.id(), "Kein Prozess verwendet dieses Formular (camunda:formRef=\"" + form.id() + "\" fehlt)",
            "das Formular an der Aufgabe oder dem Startereignis als Formular-Referenz eintragen oder die Datei löschen");
      }
    }
    return List.copyOf(findings);
  }

  /**
   * Checks the files of one deployment as the build checks the repository, and beyond it what only
   * the running platform knows: every delegate exists, and each changed process or decision carries a
   * higher versionTag than the one deployed. Forms a model refers to must come with the deployment
   * (binding {@code deployment}). A form the deployment's models do not use is no defect here.
   */
  public List<Finding> validateDeployment(List<Resource> resources, DeployedState deployed) {
    formsPlace = "in diesem Deployment";
    formsRemedy = "das Formular im Modeler beim Deployen unter \"Include additional files\" mitschicken oder die Formular-ID korrigieren";
    checkAll(resources);
    for (Resource resource : resources) {
      if (resource.name().endsWith(".bpmn")) {
        checkDeployedBpmn(resource, deployed);
      } else if (resource.name().endsWith(".dmn")) {
        checkDeployedDmn(resource, deployed);
      }
    }
    return List.copyOf(findings);
  }

  private void checkAll(List<Resource> resources) {
    for (Resource resource : resources) {
      if (resource.name().endsWith(".form")) {
        readForm(resource.name(), resource.content());
      }
    }
    for (Resource resource : resources) {
      if (resource.name().endsWith(".bpmn") || resource.name().endsWith(".bpmn20.xml")) {
        String file = resource.name();
        BpmnModelInstance model;
        try {
          model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
        } catch (RuntimeException e) {
          add(file, null, "Die Datei ist kein gültiges BPMN (" + rootMessage(e) + ")",
              "in Camunda Modeler öffnen, den Fehler beheben und neu speichern");
          continue;
        }
        checkBpmn(file, baseName(file), model);
      }
    }
    for (Resource resource : resources) {
      if (resource.name().endsWith(".dmn") || resource.name().endsWith(".dmn11.xml")) {
        checkDmn(resource.name(), resource.content());
      }
    }
  }

  private void checkDeployedBpmn(Resource resource, DeployedState deployed) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
    } catch (RuntimeException e) {
      return; // reported above
    }
    for (Map.Entry<String, String> use : delegateExpressions(model).entrySet()) {
      java.util.regex.Matcher matcher = FIRST_IDENTIFIER.matcher(use.getValue());
      if (!matcher.find()) {
        add(resource.name(), use.getKey(), "delegateExpression \"" + use.getValue() + "\" ist kein Ausdruck", "als ${beanName} schreiben");
      } else if (!deployed.delegateExists(matcher.group(1))) {
        add(resource.name(), use.getKey(), "Delegate \"" + matcher.group(1) + "\" gibt es auf der Plattform nicht",
            "den Namen korrigieren (Tippfehler?) oder – Entwicklung – einen @Component-Delegate dieses Namens anlegen und regulär ausliefern");
      }
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        checkVersionRaised(resource.name(), process.getId(), process.getCamundaVersionTag(),
            deployed.processVersionTag(process.getId()));
      }
    }
  }

  private void checkDeployedDmn(Resource resource, DeployedState deployed) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
    } catch (RuntimeException e) {
      return; // reported above
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      checkVersionRaised(resource.name(), describeDecision(decision), decision.getVersionTag(),
          deployed.decisionVersionTag(decision.getId()));
    }
  }

  private void checkVersionRaised(String file, String element, String versionTag, Optional<String> deployedTag) {
    if (blank(versionTag) || deployedTag.isEmpty() || blank(deployedTag.get())) {
      return; // a missing versionTag is reported above; a first deployment has nothing to raise
    }
    if (VersionTags.compare(versionTag, deployedTag.get()) <= 0) {
      add(file, element, "versionTag \"" + versionTag + "\" ist nicht höher als der deployte \"" + deployedTag.get() + "\"",
          "im Modeler unter \"Version tag\" eine höhere Version eintragen (z. B. " + VersionTags.next(deployedTag.get()) + ")");
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** "advisory-case" of "bpmn/advisory-case.bpmn" or "advisory-case.bpmn20.xml". */
  static String baseName(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    for (String suffix : List.of(".bpmn20.xml", ".dmn11.xml", ".bpmn", ".dmn", ".form")) {
      if (last.endsWith(suffix)) {
        return last.substring(0, last.length() - suffix.length());
      }
    }
    return last;
  }

  // ---------------------------------------------------------------- BPMN

  private void checkBpmn(String file, String baseName, BpmnModelInstance model) {
    DomElement root = model.getDocument().getRootElement();
    String platform = root.getAttribute(MODELER_NS, "executionPlatform");
    String version = root.getAttribute(MODELER_NS, "executionPlatformVersion");
    if (!TARGET_PLATFORM.equals(platform) || version == null || !version.startsWith(TARGET_VERSION_PREFIX)) {
      add(file, null, "Zielplattform ist \"" + platform + " " + version + "\", nicht Camunda Platform 7.24",
          "in Camunda Modeler unten links die Ausführungsplattform auf \"Camunda Platform 7.24\" stellen (setzt modeler:executionPlatform=\"Camunda Platform\" und modeler:executionPlatformVersion=\"7.24.0\")");
    }
    List<Process> processes = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (processes.isEmpty()) {
      add(file, null, "Die Datei enthält keinen ausführbaren Prozess", "im Modeler \"Executable\" am Prozess ankreuzen");
    }
    if (processes.size() == 1 && !processes.get(0).getId().equals(baseName)) {
      add(file, processes.get(0).getId(), "Dateiname und Prozess-ID stimmen nicht überein",
          "die Datei in " + processes.get(0).getId() + ".bpmn umbenennen oder die Prozess-ID angleichen (STYLE.md)");
    }
    for (Process process : processes) {
      checkProcess(file, model, process);
    }
    checkCodeReferences(file, root, null);
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      add(file, describe(script), "Skript-Aufgaben sind nicht erlaubt (Logik gehört in getesteten Java-Code)",
          "durch eine Service-Aufgabe mit camunda:delegateExpression=\"${…Delegate}\" ersetzen");
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      checkReadableId(file, node);
      if (node instanceof Activity && blank(node.getName())) {
        add(file, node.getId(), "Die Aktivität hat keinen Namen", "einen deutschen Namen eintragen, den Mitarbeitende verstehen");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(file, task);
    }
    findings.addAll(new LayoutCheck(file, model).check());
  }

  private void checkProcess(String file, BpmnModelInstance model, Process process) {
    String id = process.getId();
    if (GENERATED_ID.matcher(id).matches()) {
      add(file, id, "Die Prozess-ID ist generiert", "die Prozess-ID auf den Prozessschlüssel setzen (DESIGN.md §2, z. B. advisory-case)");
    }
    if (blank(process.getName())) {
      add(file, id, "Der Prozess hat keinen Namen", "den deutschen Prozessnamen eintragen (DESIGN.md §2)");
    }
    if (blank(process.getCamundaHistoryTimeToLiveString())) {
      add(file, id, "historyTimeToLive fehlt (ohne sie scheitert das Deployment, ENGINE-12018)",
          "im Modeler unter \"History cleanup\" eine Time to live eintragen, z. B. P180D");
    }
    if (blank(process.getCamundaVersionTag())) {
      add(file, id, "versionTag fehlt", "im Modeler unter \"Version tag\" eine Version eintragen (z. B. 1.0) und bei jeder Änderung erhöhen");
    }

    Set<String> known = new TreeSet<>(modelWrittenVariables(model.getDocument().getRootElement()));
    Class<?> backing = backingClasses.forProcess(id).orElse(null);
    if (backing == null) {
      add(file, id, "Keine Backing-Klasse für den Prozess gefunden",
          "Entwicklung: eine Klasse de.fachkraftimfokus.<feature>.<Name>Process mit dem Prozessschlüssel und den Variablennamen als Konstanten anlegen (STYLE.md)");
    } else {
      known.addAll(BackingClasses.declaredNames(backing));
    }

    List<BaseElement> formHolders = new ArrayList<>();
    formHolders.addAll(process.getChildElementsByType(StartEvent.class));
    formHolders.addAll(model.getModelElementsByType(UserTask.class).stream().filter(t -> processOf(t) == process).toList());
    for (BaseElement holder : formHolders) {
      String formRef = holder.getAttributeValueNs(CAMUNDA_BPMN_NS, "formRef");
      if (blank(formRef)) {
        continue;
      }
      referencedFormIds.add(formRef);
      if (blank(holder.getAttributeValueNs(CAMUNDA_BPMN_NS, "formRefBinding"))) {
        add(file, describe(holder), "Formular-Referenz \"" + formRef + "\" ohne Binding",
            "im Modeler unter \"Form\" das Binding auf \"deployment\" stellen (camunda:formRefBinding=\"deployment\")");
      }
      if (formRef.contains("${") || formRef.contains("#{")) {
        continue;
      }
      FormFile form = forms.get(formRef);
      if (form == null) {
        add(file, describe(holder), "Formular \"" + formRef + "\" gibt es nicht " + formsPlace + " (Formular-IDs dort: " + forms.keySet() + ")",
            formsRemedy);
        continue;
      }
      if (backing == null) {
        continue;
      }
      for (String key : fieldKeys(form.json())) {
        if (!known.contains(key)) {
          add(form.file(), form.id() + " › Feld " + key,
              "Der Feldschlüssel \"" + key + "\" ist keine Variable des Prozesses " + id + " (" + backing.getSimpleName() + ")",
              "den Schlüssel auf eine bekannte Variable korrigieren (Tippfehler?) oder die neue Variable als Konstante in "
                  + backing.getName() + " aufnehmen lassen");
        }
      }
    }
  }

  private void checkUserTask(String file, UserTask task) {
    String where = describe(task);
    String name = task.getName();
    if (!blank(name) && (name.equals(task.getId()) || CAMEL_CASE.matcher(name).matches() || ENGLISH_WORDS.matcher(name).matches())) {
      add(file, where, "Der Name sieht nicht nach einem deutschen Aufgabennamen aus",
          "einen deutschen Namen eintragen, wie ihn Mitarbeitende in der Tasklist sehen sollen (z. B. \"Clearinggespräch führen\")");
    }
    String formRef = task.getAttributeValueNs(CAMUNDA_BPMN_NS, "formRef");
    if (blank(formRef) && blank(task.getCamundaFormKey())) {
      add(file, where, "Die Aufgabe hat kein Formular", "ein Camunda-Formular aus forms/ als Formular-Referenz eintragen");
    }
    String groups = task.getCamundaCandidateGroups();
    String assignee = task.getCamundaAssignee();
    boolean assigneeExpression = !blank(assignee) && (assignee.contains("${") || assignee.contains("#{"));
    if (blank(groups) && !assigneeExpression) {
      add(file, where, "Die Aufgabe hat weder Kandidatengruppe noch Bearbeiter-Ausdruck – niemand sieht sie",
          "unter \"User assignment\" eine Kandidatengruppe aus DESIGN.md §1 eintragen (z. B. stk, network-kmu-${region}) oder einen Ausdruck als Assignee");
    }
    if (!blank(assignee) && !assigneeExpression) {
      add(file, where, "Fester Bearbeiter \"" + assignee + "\" – bricht, wenn die Person wechselt",
          "stattdessen eine Kandidatengruppe aus DESIGN.md §1 eintragen");
    }
    if (!blank(groups)) {
      for (String group : groups.split(",")) {
        String trimmed = group.trim();
        if (!isKnownGroup(trimmed)) {
          add(file, where, "Unbekannte Kandidatengruppe \"" + trimmed + "\"",
              "eine Gruppen-ID aus DESIGN.md §1 verwenden: " + Arrays.stream(PartnerGroup.values()).map(PartnerGroup::id).toList()
                  + ", regional network-kmu-<region> oder pfiff-<region> (Regionen " + Arrays.stream(Region.values()).map(Region::id).toList()
                  + ") oder einen Ausdruck wie network-kmu-${region}");
        }
      }
    }
    if (!blank(task.getAttributeValueNs(CAMUNDA_BPMN_NS, "candidateUsers"))) {
      add(file, where, "Kandidaten-Benutzer sind eingetragen", "Aufgaben an Gruppen vergeben, nicht an einzelne Personen");
    }
    for (DueDateRule rule : DUE_DATES) {
      if (!rule.taskId().equals(task.getId())) {
        continue;
      }
      String dueDate = task.getCamundaDueDate();
      if (blank(dueDate)) {
        add(file, where, "Fälligkeit fehlt", "unter \"Due date\" eintragen: " + rule.expectation());
      } else if (!dueDate.contains("${") && !dueDate.contains("#{") && !dueDate.equals(rule.expectedLiteral())) {
        add(file, where, "Fälligkeit \"" + dueDate + "\" passt nicht zu DESIGN.md", "korrigieren: " + rule.expectation());
      }
    }
  }

  static boolean isKnownGroup(String group) {
    if (group.contains("${") || group.contains("#{")) {
      return true;
    }
    if (PartnerGroup.byId(group).isPresent()) {
      return true;
    }
    for (PartnerGroup partner : PartnerGroup.values()) {
      if (partner.isRegional()) {
        for (Region region : Region.values()) {
          if (partner.regionalGroupId(region).equals(group)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void checkReadableId(String file, FlowNode node) {
    if (GENERATED_ID.matcher(node.getId()).matches()) {
      add(file, describe(node), "Die ID \"" + node.getId() + "\" ist vom Modeler generiert",
          "eine sprechende ID in camelCase vergeben (z. B. clearing, gwDoubleApproach); Aufgaben-IDs aus DESIGN.md §5 nicht ändern");
    }
  }

  /** camunda:class, scripts: forbidden anywhere, listeners included. */
  private void checkCodeReferences(String file, DomElement element, String ownerId) {
    String id = element.getAttribute("id");
    String owner = id != null && !element.getLocalName().endsWith("Listener") ? id : ownerId;
    if (!blank(element.getAttribute(CAMUNDA_BPMN_NS, "class"))) {
      add(file, owner, "camunda:class=\"" + element.getAttribute(CAMUNDA_BPMN_NS, "class") + "\" ist nicht erlaubt",
          "Entwicklung: als @Component-Delegate mit camunda:delegateExpression=\"${beanName}\" einbinden");
    }
    if (CAMUNDA_BPMN_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
      add(file, owner, "Ein Skript (camunda:script) ist nicht erlaubt",
          "Entwicklung: die Logik in einen getesteten Delegate oder Listener verschieben");
    }
    for (DomElement child : element.getChildElements()) {
      checkCodeReferences(file, child, owner);
    }
  }

  /** Variables the model writes itself: output parameters, result variables, call-activity outputs, generated form fields. */
  public static Set<String> modelWrittenVariables(DomElement root) {
    Set<String> names = new TreeSet<>();
    walk(root, element -> {
      String local = element.getLocalName();
      if (CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
        if ("outputParameter".equals(local)) {
          addIfPresent(names, element.getAttribute("name"));
        } else if ("out".equals(local) && element.getAttribute("target") != null) {
          addIfPresent(names, element.getAttribute("target"));
        } else if ("formField".equals(local)) {
          addIfPresent(names, element.getAttribute("id"));
        }
      }
      String result = element.getAttribute(CAMUNDA_BPMN_NS, "resultVariable");
      if (!blank(result)) {
        names.add(result);
      }
    });
    return names;
  }

  private static void addIfPresent(Set<String> names, String name) {
    if (!blank(name)) {
      names.add(name);
    }
  }

  /** Every {@code ${name}} used as camunda:delegateExpression, with the element that uses it. */
  static Map<String, String> delegateExpressions(BpmnModelInstance model) {
    Map<String, String> byElement = new LinkedHashMap<>();
    walkWithOwner(model.getDocument().getRootElement(), null, (element, owner) -> {
      String expression = element.getAttribute(CAMUNDA_BPMN_NS, "delegateExpression");
      if (!blank(expression)) {
        byElement.put(owner + (element.getLocalName().endsWith("Listener") ? " (" + element.getLocalName() + ")" : ""), expression);
      }
    });
    return byElement;
  }

  interface DomVisitor {
    void visit(DomElement element);
  }

  interface OwnerVisitor {
    void visit(DomElement element, String ownerId);
  }

  static void walk(DomElement element, DomVisitor visitor) {
    visitor.visit(element);
    for (DomElement child : element.getChildElements()) {
      walk(child, visitor);
    }
  }

  private static void walkWithOwner(DomElement element, String ownerId, OwnerVisitor visitor) {
    String id = element.getAttribute("id");
    String owner = id != null && !element.getLocalName().endsWith("Listener") ? id : ownerId;
    visitor.visit(element, owner);
    for (DomElement child : element.getChildElements()) {
      walkWithOwner(child, owner, visitor);
    }
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return (Process) current;
  }

  // ---------------------------------------------------------------- forms

  private void readForm(String file, byte[] content) {
    JsonNode form;
    try {
      form = json.readTree(content);
    } catch (IOException e) {
      add(file, null, "Das Formular ist kein gültiges JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", "im Camunda Modeler öffnen und neu speichern");
      return;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      add(file, null, "Das Formular hat keine ID", "im Modeler die Formular-ID setzen (Konvention: <taskId>Form)");
      return;
    }
    if (!form.path("components").isArray()) {
      add(file, id, "Das Formular hat keine Felder (components fehlt)", "im Camunda Modeler öffnen und Felder anlegen");
    }
    FormFile previous = forms.putIfAbsent(id, new FormFile(file, id, form));
    if (previous != null) {
      add(file, id, "Die Formular-ID ist schon in " + previous.file() + " vergeben", "eine eindeutige Formular-ID vergeben");
    }
    Set<String> keys = new LinkedHashSet<>();
    walkComponents(form.path("components"), component -> {
      String key = component.path("key").asText("");
      String type = component.path("type").asText("");
      if (!key.isEmpty() && !keys.add(key)) {
        add(file, id + " › Feld " + key, "Der Feldschlüssel kommt mehrfach vor", "jedem Feld einen eigenen Schlüssel geben");
      }
      boolean labelled = !component.path("label").asText("").isBlank()
          || !component.path("dateLabel").asText("").isBlank() || !component.path("timeLabel").asText("").isBlank();
      if (INPUT_FIELD_TYPES.contains(type) && !labelled) {
        add(file, id + " › Feld " + (key.isEmpty() ? component.path("id").asText("?") : key), "Das Feld hat keine Beschriftung",
            "eine deutsche Beschriftung (Label) eintragen");
      }
    });
  }

  interface ComponentVisitor {
    void visit(JsonNode component);
  }

  private static void walkComponents(JsonNode components, ComponentVisitor visitor) {
    for (JsonNode component : components) {
      visitor.visit(component);
      if (component.path("path").asText("").isEmpty()) {
        walkComponents(component.path("components"), visitor);
      }
    }
  }

  /** Field keys a form writes: keys of its fields, and the path of groups/lists that bind a variable. */
  static Set<String> fieldKeys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    walkComponents(form.path("components"), component -> {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      if (!path.isEmpty()) {
        keys.add(path.split("\\.")[0]);
      } else if (!key.isEmpty()) {
        keys.add(key.split("\\.")[0]);
      }
    });
    return keys;
  }

  // ---------------------------------------------------------------- DMN

  private void checkDmn(String file, byte[] content) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new ByteArrayInputStream(content)) {
      engine.parseDecisions(in);
    } catch (IOException | RuntimeException e) {
      add(file, null, "Die DMN-Datei lässt sich nicht von der Engine lesen (" + rootMessage(e) + ")",
          "in Camunda Modeler öffnen, den Fehler beheben und neu speichern");
      return;
    }
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    DomElement root = model.getDocument().getRootElement();
    String platform = root.getAttribute(MODELER_NS, "executionPlatform");
    String version = root.getAttribute(MODELER_NS, "executionPlatformVersion");
    if (!TARGET_PLATFORM.equals(platform) || version == null || !version.startsWith(TARGET_VERSION_PREFIX)) {
      add(file, null, "Zielplattform ist \"" + platform + " " + version + "\", nicht Camunda Platform 7.24",
          "in Camunda Modeler unten links die Ausführungsplattform auf \"Camunda Platform 7.24\" stellen");
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String id = decision.getId();
      String where = describeDecision(decision);
      if (GENERATED_ID.matcher(id).matches()) {
        add(file, where, "Die Entscheidungs-ID ist generiert", "eine sprechende ID vergeben (z. B. region-for-district); sie ist der decisionRef im Prozess");
      }
      if (blank(decision.getName())) {
        add(file, where, "Die Entscheidung hat keinen Namen", "einen deutschen Namen eintragen");
      }
      if (blank(decision.getCamundaHistoryTimeToLiveString())) {
        add(file, where, "historyTimeToLive fehlt (ohne sie scheitert das Deployment, ENGINE-12018)",
            "im Modeler unter \"History cleanup\" eine Time to live eintragen, z. B. P180D");
      }
      if (blank(decision.getVersionTag())) {
        add(file, where, "versionTag fehlt", "im Modeler unter \"Version tag\" eine Version eintragen und bei jeder Änderung erhöhen");
      }
      if (!(decision.getExpression() instanceof DecisionTable table)) {
        continue;
      }
      if (table.getHitPolicy() == null) {
        add(file, where, "Die Tabelle hat keine Hit Policy", "im Tabellenkopf eine Hit Policy wählen (z. B. Unique, Collect)");
      }
      if (table.getInputs().isEmpty()) {
        add(file, where, "Die Tabelle hat keine Eingabe", "mindestens eine Eingabespalte mit Ausdruck anlegen");
      }
      for (Input input : table.getInputs()) {
        if (blank(input.getLabel())) {
          add(file, where + " › Eingabe " + input.getId(), "Die Eingabespalte hat keine Beschriftung", "eine deutsche Beschriftung (Label) eintragen");
        }
        if (input.getInputExpression() == null || input.getInputExpression().getText() == null
            || blank(input.getInputExpression().getText().getTextContent())) {
          add(file, where + " › Eingabe " + input.getId(), "Die Eingabespalte hat keinen Ausdruck", "den Variablennamen oder Ausdruck eintragen");
        }
      }
      if (table.getOutputs().isEmpty()) {
        add(file, where, "Die Tabelle hat keine Ausgabe", "mindestens eine Ausgabespalte anlegen");
      }
      for (Output output : table.getOutputs()) {
        if (blank(output.getLabel())) {
          add(file, where + " › Ausgabe " + output.getId(), "Die Ausgabespalte hat keine Beschriftung", "eine deutsche Beschriftung (Label) eintragen");
        }
        if (blank(output.getName())) {
          add(file, where + " › Ausgabe " + output.getId(), "Die Ausgabespalte hat keinen Namen (Ergebnisvariable)", "unter \"Output name\" den Variablennamen eintragen");
        }
      }
      int number = 0;
      for (Rule rule : table.getRules()) {
        number++;
        if (rule.getDescription() == null || blank(rule.getDescription().getTextContent())) {
          add(file, where + " › Regel " + number, "Die Regel hat keine Anmerkung",
              "in der Spalte \"Annotation\" kurz begründen, warum die Regel gilt (z. B. Vereinbarung 3.2)");
        }
      }
    }
  }

  private static String describeDecision(Decision decision) {
    return decision.getId() + (blank(decision.getName()) ? "" : " (" + decision.getName() + ")");
  }

  // ---------------------------------------------------------------- helpers

  static String describe(BaseElement element) {
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return element.getId() + (blank(name) ? "" : " (" + name.replace('\n', ' ') + ")");
  }

  private void add(String file, String element, String problem, String fix) {
    findings.add(new Finding(file, element, problem, fix));
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String rootMessage(Throwable e) {
    Throwable current = e;
    String message = e.getMessage();
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
      if (current.getMessage() != null) {
        message = current.getMessage();
      }
    }
    return message;
  }

  static List<Path> files(Path dir, String suffix) {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "bpmn/advisory-case.bpmn": the path from the model folder's parent. */
  static String label(Path file) {
    file = file.toAbsolutePath().normalize();
    Path dir = file.getParent();
    while (dir.getParent() != null && !Set.of("bpmn", "forms").contains(dir.getFileName().toString())) {
      dir = dir.getParent();
    }
    Path base = dir.getParent() == null ? dir : dir.getParent();
    return base.relativize(file).toString().replace('\\', '/');
  }

  static String stripExtension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
