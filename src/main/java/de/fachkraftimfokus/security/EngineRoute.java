package de.fachkraftimfokus.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine REST API — at {@code /engine-rest} (HTTP Basic) or at the web apps'
 * {@code /camunda/api/engine/engine/{name}} (session) — classified by what it does. The path is the
 * one the REST servlets route (decoded, normalised, without path parameters), relative to the
 * engine, so {@code /engine-rest/task/1/complete}, {@code /engine-rest/engine/default/task/1/complete}
 * and {@code /camunda/api/engine/engine/default/task/1/complete} are the same route.
 *
 * @param id the id the route names (task, process definition, user), or null
 * @param key the process definition key of a start by key, or null
 */
record EngineRoute(String method, String path, Action action, String id, String key, String tenantId) {

  /** What a request does, as far as the guard cares. */
  enum Action {
    /** Reads, and queries sent as POST: the engine's authorizations decide. */
    READ,
    /** Engine metrics: monitoring, for Cockpit users only. */
    MONITORING,
    /** Claim, unclaim, assignee, delegate: the engine's task permissions decide. */
    TASK_ACTION,
    /** Completes a task with variables: the task's deployed form is the contract. */
    TASK_SUBMIT,
    /** Starts a process with variables: the start form is the contract. */
    START,
    /** Correlates a message: its documented contract decides. */
    MESSAGE,
    /** A user changes their own profile or password. */
    OWN_PROFILE,
    OWN_CREDENTIALS,
    /** Creating a user (administration, with the password policy). */
    CREATE_USER,
    /** Tests any user's password ({@code identity/verify}). */
    VERIFY_PASSWORD,
    /** Sets or deletes variables directly, bypassing every form. */
    VARIABLES,
    /** Comments and attachments: free text and files outside every contract. */
    COMMENTS,
    /** Creates a deployment: process owners and administration; the model checks decide (models.DeploymentGate). */
    DEPLOY,
    /** Migrates or modifies process instances: process owners (without variables) and administration. */
    INSTANCE_CHANGE,
    /** Every other change (modification, deployment, suspension, jobs, identity, …): administration. */
    ADMINISTRATION
  }

  private static final String ID = "([^/]+)";
  private static final List<Pattern> QUERIES = patterns(
      "task", "task/count", "filter/" + ID + "/(list|count|singleResult)", "process-instance",
      "process-instance/count", "execution", "execution/count", "variable-instance", "variable-instance/count",
      "job", "job/count", "job-definition", "job-definition/count", "external-task", "external-task/count",
      "group", "group/count", "identity/password-policy",
      "history/(activity-instance|process-instance|task|variable-instance|job-log|external-task-log)(/count)?",
      "history/detail");
  private static final Pattern TASK_ACTION = Pattern.compile("task/" + ID + "/(claim|unclaim|assignee|delegate)");
  private static final Pattern TASK_SUBMIT = Pattern.compile("task/" + ID + "/(complete|submit-form|resolve)");
  private static final Pattern START_BY_ID = Pattern.compile("process-definition/" + ID + "/(start|submit-form)");
  private static final Pattern START_BY_KEY =
      Pattern.compile("process-definition/key/" + ID + "(?:/tenant-id/" + ID + ")?/(start|submit-form)");
  private static final Pattern OWN_PROFILE = Pattern.compile("user/" + ID + "/profile");
  private static final Pattern OWN_CREDENTIALS = Pattern.compile("user/" + ID + "/credentials");
  private static final Pattern VARIABLES = Pattern.compile(
      "(task/[^/]+/(variables|localVariables)|process-instance/[^/]+/variables|execution/[^/]+/localVariables)(/.*)?"
          + "|process-instance/variables-async");
  private static final Pattern COMMENTS = Pattern.compile(
      "task/[^/]+/(comment|attachment)(/.*)?|process-instance/[^/]+/comment(/.*)?");
  private static final Pattern INSTANCE_CHANGE = Pattern.compile(
      "migration/(generate|validate|execute|executeAsync)|modification/(execute|executeAsync)"
          + "|process-instance/[^/]+/modification(-async)?");
  private static final Pattern METRICS = Pattern.compile("metrics(/.*)?");
  /** {@code /engine/{name}/…} inside both REST roots. */
  private static final Pattern NAMED_ENGINE = Pattern.compile("engine/[^/]+/(.*)");

  boolean is(Action action) {
    return this.action == action;
  }

  /** The route of an engine REST request, or null when the request is no engine REST request. */
  static EngineRoute of(HttpServletRequest request) {
    String routed = QueryExpressionGuardFilter.routedPath(request);
    String relative;
    if (routed.startsWith("/engine-rest/")) {
      relative = routed.substring("/engine-rest/".length());
      Matcher named = NAMED_ENGINE.matcher(relative);
      if (named.matches()) {
        relative = named.group(1);
      }
    } else if (routed.startsWith("/camunda/api/engine/")) {
      Matcher named = NAMED_ENGINE.matcher(routed.substring("/camunda/api/engine/".length()));
      if (!named.matches()) {
        return null;
      }
      relative = named.group(1);
    } else {
      return null;
    }
    while (relative.endsWith("/")) {
      relative = relative.substring(0, relative.length() - 1);
    }
    return classify(request.getMethod(), relative);
  }

  static EngineRoute classify(String method, String path) {
    boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    if (METRICS.matcher(path).matches()) {
      return new EngineRoute(method, path, Action.MONITORING, null, null, null);
    }
    if (VARIABLES.matcher(path).matches()) {
      return new EngineRoute(method, path, read ? Action.READ : Action.VARIABLES, null, null, null);
    }
    if (COMMENTS.matcher(path).matches()) {
      return new EngineRoute(method, path, read ? Action.READ : Action.COMMENTS, null, null, null);
    }
    if (read) {
      return new EngineRoute(method, path, Action.READ, null, null, null);
    }
    if ("POST".equals(method)) {
      if (QUERIES.stream().anyMatch(p -> p.matcher(path).matches())) {
        return new EngineRoute(method, path, Action.READ, null, null, null);
      }
      Matcher m;
      if ((m = TASK_SUBMIT.matcher(path)).matches()) {
        return new EngineRoute(method, path, Action.TASK_SUBMIT, m.group(1), null, null);
      }
      if ((m = TASK_ACTION.matcher(path)).matches()) {
        return new EngineRoute(method, path, Action.TASK_ACTION, m.group(1), null, null);
      }
      if ((m = START_BY_KEY.matcher(path)).matches()) {
        return new EngineRoute(method, path, Action.START, null, m.group(1), m.group(2));
      }
      if ((m = START_BY_ID.matcher(path)).matches() && !"key".equals(m.group(1))) {
        return new EngineRoute(method, path, Action.START, m.group(1), null, null);
      }
      if ("deployment/create".equals(path)) {
        return new EngineRoute(method, path, Action.DEPLOY, null, null, null);
      }
      if (INSTANCE_CHANGE.matcher(path).matches()) {
        return new EngineRoute(method, path, Action.INSTANCE_CHANGE, null, null, null);
      }
      if ("message".equals(path)) {
        return new EngineRoute(method, path, Action.MESSAGE, null, null, null);
      }
      if ("identity/verify".equals(path)) {
        return new EngineRoute(method, path, Action.VERIFY_PASSWORD, null, null, null);
      }
      if ("user/create".equals(path)) {
        return new EngineRoute(method, path, Action.CREATE_USER, null, null, null);
      }
    }
    if ("PUT".equals(method)) {
      Matcher m;
      if ((m = OWN_PROFILE.matcher(path)).matches()) {
        return new EngineRoute(method, path, Action.OWN_PROFILE, m.group(1), null, null);
      }
      if ((m = OWN_CREDENTIALS.matcher(path)).matches()) {
        return new EngineRoute(method, path, Action.OWN_CREDENTIALS, m.group(1), null, null);
      }
    }
    return new EngineRoute(method, path, Action.ADMINISTRATION, null, null, null);
  }

  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
