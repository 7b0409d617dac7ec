package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.BusinessKeys;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.process.YearlyNumbers;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Newcomer;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.SignificanceChoice;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.process.InputCheck;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Start of {@code project-change}, both ways in. Checks what the start form cannot say, then gives
 * the instance its business key {@code PA-<year>-<4 digits>} — a refused start therefore uses no
 * number and writes nothing.
 *
 * <ul>
 *   <li>Announced (start form, REST): one announces for one's own group; a change names the offer
 *       (from the current table {@code offer-for-need}, or „neu“ with the project's name — a new
 *       project always is „neu“), what changes from when, and the Handlungsfelder of a new project or
 *       of changed aims; whoever settles the significance instead of taking the table's proposal
 *       gives a reason. An Einarbeitung by hand is MS's, with the newcomers' regions and names. Fields
 *       that do not belong to the kind announced are dropped.</li>
 *   <li>Noticed by the platform (message {@value ProjectChangeProcess#MESSAGE_NEW_REGIOCOACHES}, with the
 *       newcomers): the Einarbeitung collects newcomers until its window closes.</li>
 * </ul>
 */
@Component("projectChangeStartListener")
class ProjectChangeStartListener implements ExecutionListener {

  private static final List<Variable<?>> CHANGE_FIELDS = List.of(Var.OFFER_ID, Var.PROJECT_NAME, Var.FIELDS_OF_ACTION,
      Var.SIGNIFICANCE_CHOICE, Var.SIGNIFICANCE_REASON);
  private static final List<Variable<?>> ONBOARDING_FIELDS = List.of(Var.NEWCOMER_REGIONS, Var.NEWCOMER_NAMES);

  private final YearlyNumbers numbers;
  private final IdentityService identityService;
  private final OfferTable offerTable;
  private final ProjectChangeProperties properties;

  ProjectChangeStartListener(YearlyNumbers numbers, IdentityService identityService, OfferTable offerTable,
      ProjectChangeProperties properties) {
    this.numbers = numbers;
    this.identityService = identityService;
    this.offerTable = offerTable;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<Newcomer> noticed = Var.NEWCOMERS.get(execution);
    if (!noticed.isEmpty()) {
      Var.CHANGE_KIND.set(execution, ChangeKind.ONBOARDING);
      Var.CHANGE_TITLE.set(execution, ChangeKind.ONBOARDING.germanName());
      Var.ONBOARDING_WINDOW_ENDS.set(execution,
          Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.onboardingWindow())));
      assignKey(execution);
      return;
    }
    ChangeKind kind = Var.CHANGE_KIND.get(execution);
    InputCheck check = InputCheck.of(Map.of());
    check.rule(kind != null, Var.CHANGE_KIND, "Art der Mitteilung", "Pflichtfeld");
    String announcer = Var.ANNOUNCER.get(execution);
    String partner = Var.ANNOUNCING_PARTNER.get(execution);
    check.rule(partner != null && PartnerGroup.workingPartners().stream().anyMatch(g -> g.id().equals(partner)),
        Var.ANNOUNCING_PARTNER, "Mitteilende Stelle", "Pflichtfeld: eine Partnergruppe");
    if (announcer != null && partner != null) {
      // one announces for one's own organisation
      check.rule(identityService.createUserQuery().userId(announcer).memberOfGroup(partner).count() > 0,
          Var.ANNOUNCING_PARTNER, "Mitteilende Stelle", "Sie gehören der Gruppe „" + partner + "“ nicht an");
    }
    if (kind == ChangeKind.ONBOARDING) {
      checkOnboarding(execution, check, partner);
    } else if (kind != null) {
      checkChange(execution, check, kind);
    }
    check.orThrow();
    (kind == ChangeKind.ONBOARDING ? CHANGE_FIELDS : ONBOARDING_FIELDS).forEach(field ->
        execution.removeVariable(field.name()));
    if (kind == ChangeKind.ONBOARDING) {
      Var.NEWCOMER_REGIONS.set(execution, Var.NEWCOMER_REGIONS.get(execution));
      Var.CHANGE_TITLE.set(execution, kind.germanName() + " (" + String.join(", ", Var.NEWCOMER_REGIONS.get(execution)
          .stream().map(id -> Region.byId(id).map(Region::germanName).orElse(id)).toList()) + ")");
    } else {
      Var.FIELDS_OF_ACTION.set(execution, Var.FIELDS_OF_ACTION.get(execution));
      Var.CHANGE_TITLE.set(execution, kind.germanName() + ": „" + Var.OFFER_NAME.get(execution) + "“");
    }
    assignKey(execution);
  }

  private void checkOnboarding(DelegateExecution execution, InputCheck check, String partner) {
    check.rule(PartnerGroup.MS.id().equals(partner), Var.ANNOUNCING_PARTNER, "Mitteilende Stelle",
        "eine Einarbeitung neuer Regiocoaches setzt das Ministerium für Arbeit und Soziales an (3.4)");
    check.rule(!Var.NEWCOMER_REGIONS.get(execution).isEmpty(), Var.NEWCOMER_REGIONS, "Regionen der neuen Regiocoaches",
        "bei einer Einarbeitung mindestens eine Region wählen");
    String names = Var.NEWCOMER_NAMES.get(execution);
    check.rule(names != null && !names.isBlank(), Var.NEWCOMER_NAMES, "Neue Regiocoaches",
        "bei einer Einarbeitung erforderlich");
  }

  private void checkChange(DelegateExecution execution, InputCheck check, ChangeKind kind) {
    String offerId = Var.OFFER_ID.get(execution);
    String projectName = Var.PROJECT_NAME.get(execution);
    boolean isNew = ProjectChangeProcess.OFFER_NEW.equals(offerId);
    check.rule(offerId != null && !offerId.isBlank(), Var.OFFER_ID, "Projekt / Angebot", "Pflichtfeld");
    if (kind == ChangeKind.NEW_PROJECT) {
      check.rule(offerId == null || isNew, Var.OFFER_ID, "Projekt / Angebot",
          "ein neues Projekt steht noch nicht in der Angebotstabelle: bitte „Neues Projekt / nicht in der Tabelle“ wählen");
    }
    if (isNew) {
      check.rule(projectName != null && !projectName.isBlank(), Var.PROJECT_NAME, "Name des Projekts",
          "Pflichtfeld bei einem Projekt, das nicht in der Angebotstabelle steht");
      Var.OFFER_NAME.set(execution, projectName == null ? null : projectName.trim());
    } else if (offerId != null && !offerId.isBlank()) {
      OfferTable.Version table = offerTable.latest();
      OfferTable.Row offer = table.offers().get(offerId);
      check.rule(offer != null, Var.OFFER_ID, "Projekt / Angebot", "„" + offerId + "“ steht nicht (mehr) in der "
          + "Angebotstabelle (Version " + table.number() + "): bitte „Neues Projekt / nicht in der Tabelle“ wählen "
          + "und den Namen angeben");
      Var.OFFER_NAME.set(execution, offer != null ? offer.offerName() : offerId);
    }
    List<String> fields = Var.FIELDS_OF_ACTION.get(execution);
    if (kind == ChangeKind.NEW_PROJECT || kind == ChangeKind.CHANGED_AIMS) {
      check.rule(!fields.isEmpty(), Var.FIELDS_OF_ACTION, "Betroffene Handlungsfelder",
          "bei einem neuen Projekt und geänderten Zielen mindestens ein Handlungsfeld wählen");
    }
    check.rule(fields.stream().allMatch(f -> FieldOfAction.byId(f).isPresent()), Var.FIELDS_OF_ACTION,
        "Betroffene Handlungsfelder", "unbekanntes Handlungsfeld");
    SignificanceChoice choice = Var.SIGNIFICANCE_CHOICE.get(execution);
    check.rule(choice != null, Var.SIGNIFICANCE_CHOICE, "Bedeutung der Änderung", "Pflichtfeld");
    String reason = Var.SIGNIFICANCE_REASON.get(execution);
    check.rule(choice == null || choice == SignificanceChoice.VORSCHLAG || (reason != null && !reason.isBlank()),
        Var.SIGNIFICANCE_REASON, "Begründung der Festlegung",
        "Pflichtfeld, wenn Sie die Bedeutung selbst festlegen statt den Vorschlag zu übernehmen");
  }

  private void assignKey(DelegateExecution execution) {
    BusinessKeys.assign(execution, () -> {
      int year = YearlyNumbers.currentYear();
      return ProjectChangeProcess.businessKey(year, numbers.next(ProjectChangeProcess.NUMBER_SERIES, year));
    });
  }
}
