package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Newcomer;
import de.fachkraftimfokus.region.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Informationsveranstaltung vorbereiten</i>: the form MS plans with comes filled in — the regions
 * to invite (all of Network-KMU for a significant change; the newcomers' regions for an
 * Einarbeitung, which MS may widen) and a draft agenda that already holds the advice on WEITERBILDUNG
 * and the Personalpools (clause 3.4). An Einarbeitung is recorded here with its newcomers.
 */
@Component("prepareInformationEventDelegate")
class PrepareInformationEventDelegate implements JavaDelegate {

  private final ProjectChangeService service;

  PrepareInformationEventDelegate(ProjectChangeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = Var.EVENT_ROUND.isSet(execution) ? Var.EVENT_ROUND.get(execution) + 1 : 1;
    Var.EVENT_ROUND.set(execution, round);
    ChangeKind kind = Var.CHANGE_KIND.require(execution);
    List<String> required;
    if (kind == ChangeKind.ONBOARDING) {
      required = onboardingRegions(execution);
      String key = execution.getProcessBusinessKey();
      Var.CHANGE_SUMMARY.set(execution, VariableText.fit(onboardingSummary(execution)));
      service.recordChange(key, kind, Var.CHANGE_TITLE.get(execution), null,
          Var.ANNOUNCING_PARTNER.get(execution), Var.ANNOUNCER.get(execution), Var.EFFECTIVE_FROM.get(execution), true,
          false, null);
    } else {
      required = ProjectChangeProcess.regionIds();
    }
    Var.REQUIRED_REGIONS.set(execution, required);
    Set<String> invitees = new LinkedHashSet<>(required);
    invitees.addAll(Var.INVITEE_REGIONS.get(execution));
    Var.INVITEE_REGIONS.set(execution, List.copyOf(invitees));
    if (round == 1) {
      Var.EVENT_AGENDA.set(execution, (kind == ChangeKind.ONBOARDING
          ? "1. Begrüßung der neuen Regiocoaches\n2. Die Fachkräfte-Projekte des Ministeriums für Arbeit und Soziales: "
              + "Anliegen und Zielgruppen\n"
          : "1. Die Änderung im Projektangebot: " + Var.CHANGE_TITLE.get(execution) + "\n2. Folgen für die Beratung und "
              + "Weitervermittlung durch die Regiocoaches\n")
          + "3. Beratung zu den Fördermöglichkeiten des Förderprogramms WEITERBILDUNG im Kontext der Personalentwicklung\n"
          + "4. Potenziale der Personalpools\n5. Fragen der Regionen");
    }
  }

  private static List<String> onboardingRegions(DelegateExecution execution) {
    List<Newcomer> newcomers = Var.NEWCOMERS.get(execution);
    Set<String> regions = new LinkedHashSet<>();
    newcomers.forEach(n -> regions.add(n.region()));
    regions.addAll(Var.NEWCOMER_REGIONS.get(execution));
    return List.copyOf(regions);
  }

  private static String onboardingSummary(DelegateExecution execution) {
    StringBuilder text = new StringBuilder(execution.getProcessBusinessKey() + " – "
        + ChangeKind.ONBOARDING.germanName() + "\n");
    List<Newcomer> newcomers = Var.NEWCOMERS.get(execution);
    if (!newcomers.isEmpty()) {
      text.append("Von der Plattform bemerkt (neu in network-kmu-<Region>):\n");
      for (Newcomer n : newcomers) {
        text.append("• ").append(n.name()).append(" (").append(n.userId()).append("), Region ")
            .append(Region.byId(n.region()).map(Region::germanName).orElse(n.region())).append('\n');
      }
    } else {
      text.append("Von ").append(ProjectChangeService.groupName(Var.ANNOUNCING_PARTNER.get(execution)))
          .append(" angesetzt").append(Var.ANNOUNCER.get(execution) == null ? "" : " (" + Var.ANNOUNCER.get(execution) + ")")
          .append(".\nNeue Regiocoaches: ").append(Var.NEWCOMER_NAMES.get(execution).trim()).append("\nRegionen: ")
          .append(String.join(", ", Var.NEWCOMER_REGIONS.get(execution).stream()
              .map(id -> Region.byId(id).map(Region::germanName).orElse(id)).toList())).append('\n');
      if (Var.EFFECTIVE_FROM.get(execution) != null) {
        text.append("Dienstantritt: ").append(ProjectChangeService.GERMAN_DATE.format(Var.EFFECTIVE_FROM.get(execution)))
            .append('\n');
      }
      text.append("Anlass: ").append(Var.CHANGE_DESCRIPTION.get(execution).trim());
    }
    return text.toString().trim();
  }
}
