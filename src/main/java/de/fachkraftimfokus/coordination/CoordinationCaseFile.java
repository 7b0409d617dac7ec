package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.casefile.CaseFile.Row;
import de.fachkraftimfokus.casefile.CaseFile.Section;
import de.fachkraftimfokus.casefile.CaseFileContributor;
import de.fachkraftimfokus.casefile.CaseFileSource;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.Region;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A coordination request's case file ({@code AB-…}), which is also the activity register's
 * „Detailansicht“: the activity as announced (latest round), the deadline of the statements, the
 * statements per round, the overlaps found and the result. Transparent to every partner and to
 * Leitung, as the register is (clause 2.3); no contact persons in it.
 */
@Component
class CoordinationCaseFile implements CaseFileContributor {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
      .withZone(de.fachkraftimfokus.calendar.WorkingDays.ZONE);
  private static final List<String> READERS = Stream.concat(
      PartnerGroup.workingPartners().stream().map(PartnerGroup::id),
      Stream.of(PartnerGroup.COCKPIT_READERS.id())).toList();

  private final ActivityRegister register;

  CoordinationCaseFile(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return CoordinationRequestProcess.KEY;
  }

  @Override
  public String title() {
    return "Vorabstimmung (Aktivitätsregister)";
  }

  @Override
  public boolean personalData(Map<String, Object> variables, List<String> readerGroups) {
    return false;
  }

  @Override
  public boolean readableWithoutInstanceRight(List<String> readerGroups) {
    return readerGroups.stream().anyMatch(READERS::contains);
  }

  @Override
  public List<Section> sections(CaseFileSource source) {
    List<Section> sections = new ArrayList<>();
    Optional<Activity> found = register.find(source.businessKey());
    if (found.isEmpty()) {
      sections.add(Section.note("Aktivität", "Noch nicht im Aktivitätsregister."));
      return sections;
    }
    Activity a = found.get();
    Date due = Var.STATEMENT_DUE_DATE.get(source.variables());
    sections.add(Section.of("Aktivität", List.of(
        Row.of("Art", a.type().germanName()),
        Row.of("Titel", a.title()),
        Row.of("Beschreibung", a.description()),
        Row.of("Federführend", PartnerGroup.displayName(a.leadPartner())),
        Row.of("Zeitraum", DAY.format(a.periodStart()) + " bis " + DAY.format(a.periodEnd())),
        Row.of("Branchen (WZ 2008)", a.sectors().isEmpty() ? "alle" : String.join(", ", a.sectors())),
        Row.of("Regionen", a.regions().isEmpty() ? "alle" : a.regions().stream()
            .map(id -> Region.byId(id).map(Region::germanName).orElse(id)).collect(Collectors.joining(", "))),
        Row.of("Unternehmensgrößen", a.sizeBands().isEmpty() ? "alle" : String.join(", ", a.sizeBands())),
        Row.of("Anzahl Unternehmen", a.expectedCompanies()),
        Row.of("Stand", a.state().germanName()),
        Row.of("Runde", a.round()),
        Row.of("Frist der Stellungnahmen", due == null ? null : WHEN.format(due.toInstant())),
        Row.of("Ergebnis", a.resultText()))));
    List<List<Row>> statements = new ArrayList<>();
    for (ActivityRegister.Statement s : register.statements(a.businessKey())) {
      statements.add(List.of(
          Row.of("Runde", s.round()),
          Row.of("Partner", PartnerGroup.displayName(s.partnerGroup())),
          Row.of("Stellungnahme", s.kind().germanName()),
          Row.of("Begründung / Anmerkung", s.text()),
          Row.of("abgegeben", s.givenAt() == null ? null : WHEN.format(s.givenAt()))));
    }
    sections.add(Section.entries("Stellungnahmen je Runde", statements, "Noch keine Stellungnahme."));
    List<List<Row>> overlaps = new ArrayList<>();
    for (ActivityRegister.RecordedOverlap o : register.overlaps(a.businessKey())) {
      overlaps.add(List.of(
          Row.of("Runde", o.round()),
          Row.link("Andere Aktivität", o.otherBusinessKey(), "/fallakte/" + o.otherBusinessKey()),
          Row.of("Grund", o.reason())));
    }
    sections.add(Section.entries("Überschneidungen", overlaps, "Keine Überschneidungen gefunden."));
    return sections;
  }
}
