package de.fachkraftimfokus.identity;

import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the task card's facts ({@link TaskCard}: case number, company or subject, region, offer)
 * onto each new user task as task-local variables, and the facts every form shows at its top
 * ({@link #HEADER}: case number, company, region and district by name, link to the case file).
 * Variables need their own permission on this platform ({@code enforceSpecificVariablePermission}):
 * a task's candidates read the task's variables, but not the process's — so Tasklist's columns
 * could not show the company otherwise. Only these display facts are copied, never personal data.
 * One listener for every user task of every model, attached when the model is deployed.
 *
 * <p>The local names differ from the process variables they come from (except {@code companyName}
 * and {@code offerName}, which no form lets anyone change), so a form field that writes a process
 * variable never lands in a task-local copy.
 */
@Component
class TaskCardVariables extends AbstractProcessEnginePlugin {

  /** Markdown line at the top of every task form: case number, company, region, case file link. */
  static final String HEADER = "caseHeader";
  /** The district by its name, for the forms (the process keeps the id). */
  static final String DISTRICT_NAME = "districtName";
  /** Lower-case case number, company and title in one text: Tasklist's search (scripts/arbeitshilfen.js). */
  static final String SEARCH = "cardSearch";
  /** The case file of the task: the case for a referral ({@code caseBusinessKey}), else its own key. */
  static final String CASE_FILE_KEY = "caseFileKey";

  private static final String COMPANY = "companyName";
  private static final String TITLE = "title";
  private static final String REGION = "region";
  private static final String DISTRICT = "district";
  private static final String OFFER = "offerName";
  private static final String PARENT_CASE = "caseBusinessKey";

  private static final TaskListener COPY = TaskCardVariables::copy;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void copy(DelegateTask task) {
    if (task.getExecution() == null) {
      return;
    }
    Map<String, String> facts = facts(task.getExecution().getProcessBusinessKey(),
        text(task, COMPANY), text(task, TITLE), text(task, REGION), text(task, DISTRICT), text(task, OFFER),
        text(task, PARENT_CASE));
    facts.forEach((name, value) -> {
      if (value != null && !task.hasVariableLocal(name)) {
        task.setVariableLocal(name, value);
      }
    });
  }

  /** The task-local facts of a task of a case with these variables (null or blank: absent). */
  static Map<String, String> facts(String businessKey, String company, String title, String region,
      String district, String offer, String parentCase) {
    Map<String, String> facts = new LinkedHashMap<>();
    String regionName = region == null ? null : Region.byId(region).map(Region::germanName).orElse(region);
    String districtName = district == null ? null : District.byId(district).map(District::germanName).orElse(district);
    String caseFile = parentCase != null ? parentCase : businessKey;
    facts.put(TaskCard.CASE_NUMBER.variable(), businessKey);
    facts.put(TaskCard.COMPANY.variable(), company);
    facts.put(TaskCard.SUBJECT.variable(), company == null ? title : null);
    facts.put(TaskCard.REGION.variable(), regionName);
    facts.put(TaskCard.OFFER.variable(), offer);
    facts.put(DISTRICT_NAME, districtName);
    facts.put(CASE_FILE_KEY, caseFile);
    String search = String.join(" ", java.util.stream.Stream.of(businessKey, company, title)
        .filter(java.util.Objects::nonNull).toList()).toLowerCase(java.util.Locale.GERMAN);
    facts.put(SEARCH, search.isBlank() ? null : VariableText.fit(search));
    List<String> parts = new ArrayList<>();
    if (businessKey != null) {
      parts.add("Geschäftszeichen **" + businessKey + "**");
    }
    if (company != null) {
      parts.add("**" + markdownSafe(company) + "**");
    } else if (title != null) {
      parts.add("**" + markdownSafe(title) + "**");
    }
    if (districtName != null && !districtName.equals(regionName)) {
      parts.add("Landkreis " + districtName);
    }
    if (regionName != null) {
      parts.add("Region " + regionName);
    }
    if (caseFile != null) {
      parts.add("[Fallakte öffnen](/fallakte/" + caseFile + ")");
    }
    facts.put(HEADER, parts.isEmpty() ? null : String.join(" · ", parts));
    return facts;
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  /** A company name or title inside the header's Markdown: no markup of its own. */
  private static String markdownSafe(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }
}
