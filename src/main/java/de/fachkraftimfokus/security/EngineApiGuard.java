package de.fachkraftimfokus.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.fachkraftimfokus.contract.ContractCheck;
import de.fachkraftimfokus.contract.MessageContract;
import de.fachkraftimfokus.contract.SubmittedValue;
import de.fachkraftimfokus.contract.WriteContracts;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The write contract of the engine's HTTP surface (DESIGN.md §4, docs/sicherheit.md): the engine
 * REST API and the web apps' engine API accept a change only in the shape the platform documents.
 *
 * <ul>
 *   <li>Completing a task and starting a process: the variables are checked against the form deployed
 *       for that task or start event ({@link WriteContracts}); unknown and derived variables, wrong
 *       types and broken rules are refused with 400, read-only fields are dropped. No client chooses a
 *       business key: the platform numbers its cases.</li>
 *   <li>Messages: only the documented ones, correlated by business key, with their documented
 *       variables ({@link MessageContract}).</li>
 *   <li>Deployments: process owners and administration; {@code models.DeploymentGate} checks the
 *       models. Migrations and modifications: process owners (without variables) and administration.</li>
 *   <li>Everything else that changes data — variables set directly, modifications, deployments, jobs,
 *       identities, comments — is the administration's (403 for everybody else), and so are testing
 *       other users' passwords and the engine's metrics (the latter also for Cockpit users).</li>
 * </ul>
 *
 * Runs after authentication; requests without a known caller pass on, the REST layers answer 401.
 */
class EngineApiGuard extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> SUBMIT_MEMBERS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> MESSAGE_MEMBERS = Set.of("messageName", "businessKey", "processVariables");
  static final String COCKPIT = "cockpit";
  private static final String BODY = EngineApiGuard.class.getName() + ".body";
  private static final String TASK_DONE_MEANWHILE = "Diese Aufgabe ist bereits abgeschlossen, vermutlich hat sie "
      + "gerade jemand anderes erledigt. Bitte die Aufgabenliste neu laden.";

  private final WriteContracts contracts;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  EngineApiGuard(WriteContracts contracts, IdentityService identityService,
      AuthorizationService authorizationService) {
    this.contracts = contracts;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineRoute route = EngineRoute.of(request);
    if (route == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean webapp = request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    Caller caller = webapp ? Caller.ofSession(request) : Caller.ofEngine(identityService);
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean authenticate = identityService.getCurrentAuthentication() == null;
    if (authenticate) {
      identityService.setAuthentication(new Authentication(caller.userId(), caller.groups(), caller.tenants()));
    }
    byte[] body;
    try {
      byte[] replaced = decide(route, caller, request);
      body = replaced != null ? replaced : (byte[]) request.getAttribute(BODY);
    } catch (Refusal refusal) {
      Problems.write(response, Problems.of(refusal.type, refusal.getMessage(), refusal.fieldErrors,
          request.getRequestURI()));
      return;
    } catch (ProcessEngineException e) {
      if (route.action() == EngineRoute.Action.TASK_SUBMIT && finishedMeanwhile(route.id())) {
        // two people completed the same task at once (possibly on two nodes): the second learns why
        Problems.write(response, ProblemType.CONFLICT, TASK_DONE_MEANWHILE, request.getRequestURI());
        return;
      }
      ProblemType type = e instanceof org.camunda.bpm.engine.AuthorizationException ? ProblemType.FORBIDDEN
          : ProblemType.NOT_FOUND;
      Problems.write(response, type, null, request.getRequestURI());
      return;
    } finally {
      if (authenticate) {
        identityService.clearAuthentication();
      }
    }
    HttpServletRequest passed = body == null ? request : new CachedBodyRequest(request, body);
    if (route.action() != EngineRoute.Action.TASK_SUBMIT) {
      chain.doFilter(passed, response);
      return;
    }
    // The other one may also win between this check and the engine's command: then the engine refuses
    // the loser with whatever it meets first (no authorization left on the task, task not found, an
    // optimistic lock). The answer is held back and, if the task is finished by now, replaced.
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(passed, held);
    int status = held.getStatus();
    if (status >= 400 && status < 500 && finishedMeanwhile(route.id())) {
      held.resetBuffer();
      Problems.write(response, ProblemType.CONFLICT, TASK_DONE_MEANWHILE, request.getRequestURI());
      return;
    }
    held.copyBodyToResponse();
  }

  /** Refuses the request or returns the body to pass on (null: unchanged). */
  private byte[] decide(EngineRoute route, Caller caller, HttpServletRequest request) throws IOException {
    switch (route.action()) {
      case READ, TASK_ACTION -> {
        return null;
      }
      case MONITORING -> {
        if (!caller.admin() && !mayUseCockpit(caller)) {
          throw Refusal.forbidden("Kennzahlen der Engine sind Leitung/Controlling und der Administration vorbehalten.");
        }
        return null;
      }
      case TASK_SUBMIT -> {
        return submitTask(route, read(request));
      }
      case START -> {
        return start(route, read(request));
      }
      case DEPLOY -> {
        if (!caller.admin() && !caller.processOwner()) {
          throw Refusal.forbidden("Deployen dürfen die Prozessverantwortlichen und die Administration.");
        }
        return null;
      }
      case INSTANCE_CHANGE -> {
        if (caller.admin()) {
          return null;
        }
        if (!caller.processOwner()) {
          throw Refusal.forbidden("Instanzen migrieren und ändern dürfen die Prozessverantwortlichen und die Administration.");
        }
        JsonNode body = read(request);
        if (!body.findValues("variables").stream().allMatch(JsonNode::isNull)) {
          throw Refusal.invalid("Variablen setzt eine Migration nur über /api/migrations, als Vorgaben des Plans; "
              + "eine Änderung von Instanzen setzt keine Variablen.");
        }
        return null;
      }
      case MESSAGE -> {
        if (!caller.admin() && caller.processOwner() && !caller.partner()) {
          throw Refusal.forbidden("Prozessverantwortliche senden keine Nachrichten an laufende Vorgänge.");
        }
        message(read(request));
        return null;
      }
      case OWN_PROFILE, OWN_CREDENTIALS -> {
        if (!caller.admin() && !caller.userId().equals(route.id())) {
          throw Refusal.forbidden("Sie können nur Ihr eigenes Profil und Passwort ändern.");
        }
        if (route.is(EngineRoute.Action.OWN_CREDENTIALS)) {
          JsonNode body = read(request);
          checkPassword(text(body, "password"), route.id());
        }
        return null;
      }
      case CREATE_USER -> {
        requireAdmin(caller, "Benutzer legt die Administration an.");
        JsonNode body = read(request);
        checkPassword(text(body.path("credentials"), "password"), text(body.path("profile"), "id"));
        return null;
      }
      case VERIFY_PASSWORD -> {
        requireAdmin(caller, "Passwörter anderer Benutzer prüft nur die Administration.");
        return null;
      }
      case VARIABLES -> {
        requireAdmin(caller, "Variablen setzt die Plattform oder ein Formular; direkt sind sie nicht änderbar.");
        return null;
      }
      case COMMENTS -> {
        requireAdmin(caller, "Kommentare und Anhänge sind nicht vorgesehen: Bitte nutzen Sie die Felder des "
            + "Formulars.");
        return null;
      }
      default -> {
        requireAdmin(caller, "Diese Änderung ist der Administration vorbehalten.");
        return null;
      }
    }
  }

  private byte[] submitTask(EngineRoute route, JsonNode body) {
    onlyMembers(body, SUBMIT_MEMBERS);
    Map<String, SubmittedValue> variables = variables(body, "variables");
    ContractCheck.Verdict verdict = contracts.checkTask(route.id(), variables);
    return accepted(body, "variables", verdict);
  }

  private byte[] start(EngineRoute route, JsonNode body) {
    if (body.has("businessKey")) {
      throw Refusal.invalid(new FieldError("businessKey", "Geschäftszeichen",
          "vergibt die Plattform; bitte nicht mitsenden"));
    }
    onlyMembers(body, SUBMIT_MEMBERS);
    String definitionId = route.id() != null ? route.id()
        : contracts.latestDefinitionId(route.key(), route.tenantId())
            .orElseThrow(() -> new Refusal(ProblemType.NOT_FOUND, null, List.of()));
    ContractCheck.Verdict verdict = contracts.checkStart(definitionId, variables(body, "variables"));
    return accepted(body, "variables", verdict);
  }

  private void message(JsonNode body) {
    onlyMembers(body, MESSAGE_MEMBERS);
    String name = text(body, "messageName");
    MessageContract contract = contracts.message(name).orElseThrow(() -> Refusal.invalid(
        new FieldError("messageName", "Nachricht", name == null ? "Pflichtfeld"
            : "„" + name + "“ ist keine Nachricht, die von außen gesendet werden kann")));
    String businessKey = text(body, "businessKey");
    if (businessKey == null || !contract.businessKey().matcher(businessKey).matches()) {
      throw Refusal.invalid(new FieldError("businessKey", "Geschäftszeichen",
          businessKey == null ? "Pflichtfeld" : "hat nicht die Form dieses Vorgangs"));
    }
    ContractCheck.Verdict verdict = ContractCheck.check(contract.variables(), variables(body, "processVariables"),
        null);
    if (!verdict.accepted() || !verdict.ignored().isEmpty()) {
      throw Refusal.invalid(verdict.errors());
    }
  }

  private void checkPassword(String password, String userId) {
    if (password == null) {
      return; // the engine answers a missing password itself
    }
    User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      throw Refusal.invalid(new FieldError("password", "Passwort", "erfüllt die Passwortrichtlinie nicht "
          + "(mindestens 10 Zeichen mit Groß- und Kleinbuchstaben, Ziffer und Sonderzeichen; "
          + "nicht den Benutzernamen)"));
    }
  }

  private boolean mayUseCockpit(Caller caller) {
    if (caller.apps() != null) {
      return caller.apps().contains(COCKPIT);
    }
    return authorizationService.isUserAuthorized(caller.userId(), caller.groups(), Permissions.ACCESS,
        Resources.APPLICATION, COCKPIT);
  }

  /** Asked without the caller's authentication: a task that is gone is visible to nobody. */
  private boolean finishedMeanwhile(String taskId) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return contracts.taskFinished(taskId);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static void requireAdmin(Caller caller, String why) {
    if (!caller.admin()) {
      throw Refusal.forbidden(why);
    }
  }

  private static JsonNode read(HttpServletRequest request) throws IOException {
    byte[] bytes = request.getInputStream().readAllBytes();
    cache(request, bytes);
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    JsonNode body;
    try {
      body = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw Refusal.invalid("Der Rumpf der Anfrage ist kein gültiges JSON.");
    }
    if (body == null || !body.isObject()) {
      throw Refusal.invalid("Der Rumpf der Anfrage muss ein JSON-Objekt sein.");
    }
    return body;
  }

  /** The body as read, passed on to the REST layer unless the guard replaces it. */
  private static void cache(HttpServletRequest request, byte[] bytes) {
    request.setAttribute(BODY, bytes);
  }

  private static void onlyMembers(JsonNode body, Set<String> allowed) {
    List<FieldError> errors = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        errors.add(new FieldError(name, name, "ist hier nicht erlaubt"));
      }
    });
    if (!errors.isEmpty()) {
      throw Refusal.invalid(errors);
    }
  }

  private static Map<String, SubmittedValue> variables(JsonNode body, String member) {
    JsonNode variables = body.get(member);
    Map<String, SubmittedValue> submitted = new LinkedHashMap<>();
    if (variables == null || variables.isNull()) {
      return submitted;
    }
    if (!variables.isObject()) {
      throw Refusal.invalid(new FieldError(member, member, "muss ein JSON-Objekt der Variablen sein"));
    }
    Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!entry.getValue().isObject()) {
        throw Refusal.invalid(new FieldError(entry.getKey(), entry.getKey(),
            "muss als {\"value\": …} gesendet werden"));
      }
      submitted.put(entry.getKey(), SubmittedValue.rest(entry.getValue()));
    }
    return submitted;
  }

  /** The body to pass on: refused on errors; without the read-only fields the client (Tasklist) sent. */
  private static byte[] accepted(JsonNode body, String member, ContractCheck.Verdict verdict) {
    if (!verdict.accepted()) {
      throw Refusal.invalid(verdict.errors());
    }
    if (verdict.ignored().isEmpty()) {
      return null;
    }
    ObjectNode copy = body.deepCopy();
    ((ObjectNode) copy.get(member)).remove(verdict.ignored());
    try {
      return JSON.writeValueAsBytes(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /** A refusal of the guard, answered as problem details. */
  static final class Refusal extends RuntimeException {
    final ProblemType type;
    final List<FieldError> fieldErrors;

    Refusal(ProblemType type, String detail, List<FieldError> fieldErrors) {
      super(detail, null, false, false);
      this.type = type;
      this.fieldErrors = fieldErrors;
    }

    static Refusal forbidden(String detail) {
      return new Refusal(ProblemType.FORBIDDEN, detail, List.of());
    }

    static Refusal invalid(String detail) {
      return new Refusal(ProblemType.INVALID_INPUT, detail, List.of());
    }

    static Refusal invalid(FieldError error) {
      return invalid(List.of(error));
    }

    static Refusal invalid(List<FieldError> errors) {
      return new Refusal(ProblemType.INVALID_INPUT, new InvalidInputException(errors).getMessage(), errors);
    }
  }

}
