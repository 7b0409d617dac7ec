package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.casefile.CaseFile.Row;
import de.fachkraftimfokus.casefile.CaseFile.Section;
import de.fachkraftimfokus.casefile.CaseFileContributor;
import de.fachkraftimfokus.casefile.CaseFileService;
import de.fachkraftimfokus.casefile.CaseFileSource;
import de.fachkraftimfokus.contact.Contact;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The advisory case's part of its case file: company, contact person (only for the case's
 * Regiocoaches), clearing, recommendation and decision, each referral with partner, state, first
 * contact and result, the contact register's entries and the closing.
 */
@Component
class AdvisoryCaseFile implements CaseFileContributor {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy")
      .withZone(de.fachkraftimfokus.calendar.WorkingDays.ZONE);
  private static final Map<String, String> URGENCIES = Map.of("NIEDRIG", "niedrig", "NORMAL", "normal", "HOCH", "hoch");
  private static final Map<String, String> OUTCOMES = Map.of("GELOEST", "Bedarf gelöst",
      "IN_UMSETZUNG", "Lösung in Umsetzung", "OHNE_ERGEBNIS", "Ohne Ergebnis beendet");

  private final ContactRegister contacts;
  private final CaseFileService caseFiles;

  AdvisoryCaseFile(ContactRegister contacts, @Lazy CaseFileService caseFiles) {
    this.contacts = contacts;
    this.caseFiles = caseFiles;
  }

  @Override
  public String processKey() {
    return AdvisoryCaseProcess.KEY;
  }

  @Override
  public String title() {
    return "Beratungsfall";
  }

  /** The Regiocoaches of the case's region work with the contact person; nobody else needs the data. */
  @Override
  public boolean personalData(Map<String, Object> variables, List<String> readerGroups) {
    String region = Var.REGION.get(variables);
    return region != null && readerGroups.contains(AdvisoryCaseProcess.coachGroup(region));
  }

  @Override
  public List<Section> sections(CaseFileSource source) {
    Map<String, Object> v = source.variables();
    List<Section> sections = new ArrayList<>();
    String region = Var.REGION.get(v);
    sections.add(Section.of("Unternehmen", List.of(
        Row.of("Name", Var.COMPANY_NAME.get(v)),
        Row.of("Postleitzahl", Var.COMPANY_POSTCODE.get(v)),
        Row.of("Landkreis", District.byId(Var.DISTRICT.get(v)).map(District::germanName).orElse(Var.DISTRICT.get(v))),
        Row.of("Region", region == null ? null : Region.byId(region).map(Region::germanName).orElse(region)),
        Row.of("Branche (WZ 2008)", Var.SECTOR.get(v)),
        Row.of("Beschäftigte", Var.SIZE_BAND.get(v)),
        Row.of("Quelle der Anfrage", AdvisoryCaseProcess.INQUIRY_SOURCE_NAMES.getOrDefault(
            String.valueOf(Var.INQUIRY_SOURCE.get(v)), Var.INQUIRY_SOURCE.get(v))),
        Row.of("Anfrage", Var.INQUIRY_SUMMARY.get(v)),
        Row.of("Einwilligung zur Weitergabe", Var.CONSENT_DATA_SHARING.get(v) == null ? null
            : Boolean.TRUE.equals(Var.CONSENT_DATA_SHARING.get(v)) ? "ja" : "nein"))));
    if (source.personalData()) {
      sections.add(Section.of("Ansprechperson", List.of(
          Row.of("Name", Var.CONTACT_NAME.get(v)),
          Row.of("E-Mail", Var.CONTACT_EMAIL.get(v)),
          Row.of("Telefon", Var.CONTACT_PHONE.get(v)))));
    } else {
      sections.add(Section.note("Ansprechperson", "Nur für die Regiocoaches der Region sichtbar."));
    }
    List<String> needs = Var.NEEDS.get(v) == null ? List.of() : AdvisoryCaseProcess.needs(v).stream()
        .map(FieldOfAction::germanLabel).toList();
    sections.add(Section.of("Clearing", List.of(
        Row.of("Handlungsfelder", String.join(", ", needs)),
        Row.of("Problem in den Worten des Unternehmens", Var.PROBLEM_DESCRIPTION.get(v)),
        Row.of("Eigene Lösungsideen des Unternehmens", Var.OWN_SOLUTION_IDEAS.get(v)),
        Row.of("Dringlichkeit", URGENCIES.getOrDefault(String.valueOf(Var.URGENCY.get(v)), Var.URGENCY.get(v))))));
    sections.add(Section.of("Empfehlung und Entscheidung", List.of(
        Row.of("Empfohlener Weg", Var.RECOMMENDED_PATH.get(v) == null ? null : PathLabels.of(Var.RECOMMENDED_PATH.get(v))),
        Row.of("Empfohlene Angebote", offers(Var.RECOMMENDED_OFFERS.get(v))),
        Row.of("Gewählter Weg", Var.CASE_PATH.get(v) == null ? null : PathLabels.of(Var.CASE_PATH.get(v))),
        Row.of("Gewählte Angebote", offers(Var.SELECTED_OFFERS.get(v))),
        Row.of("Begründung einer Abweichung", Var.OVERRIDE_REASON.get(v)),
        Row.of("Begleitplan", Var.SUPPORT_PLAN.get(v)))));
    sections.add(Section.entries("Weitervermittlungen", referrals(source), "Keine Weitervermittlung."));
    sections.add(Section.entries("Kontaktregister", contactEntries(source), "Keine Einträge."));
    sections.add(Section.of("Abschluss", List.of(
        Row.of("Ergebnis des Falls", OUTCOMES.getOrDefault(String.valueOf(Var.CASE_OUTCOME.get(v)), Var.CASE_OUTCOME.get(v))),
        Row.of("Was das Unternehmen nun selbst tut", Var.COMPANY_OWN_ACTIONS.get(v)),
        Row.of("Rückzug des Unternehmens", Boolean.TRUE.equals(Var.WITHDRAWN.get(v)) ? "ja" : "nein"))));
    return sections;
  }

  private static String offers(List<Offer> offers) {
    return offers == null || offers.isEmpty() ? null : offers.stream()
        .map(o -> o.offerName() + " (" + PartnerGroup.displayName(o.partnerGroup()) + ")")
        .collect(Collectors.joining("\n"));
  }

  private List<List<Row>> referrals(CaseFileSource source) {
    List<List<Row>> entries = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> referral : caseFiles.calledInstances(source.processInstanceId()).entrySet()) {
      Map<String, Object> r = referral.getValue();
      boolean ended = Boolean.TRUE.equals(r.get(CaseFileService.ENDED));
      Boolean accepted = ReferralProcess.Var.ACCEPTED.get(r);
      String state = accepted == null ? (ended ? "beendet, ohne Annahme" : "wartet auf Annahme")
          : !accepted ? "abgelehnt" : ended ? "abgeschlossen" : "angenommen, läuft";
      java.time.LocalDate firstContact = ReferralProcess.Var.FIRST_CONTACT_DATE.get(r);
      entries.add(List.of(
          Row.link("Weitervermittlung", referral.getKey(), "/fallakte/" + referral.getKey()),
          Row.of("Angebot", ReferralProcess.Var.OFFER_NAME.get(r)),
          Row.of("Partner", PartnerGroup.displayName(ReferralProcess.Var.PARTNER_GROUP.get(r))),
          Row.of("Stand", state),
          Row.of("Ablehnungsgrund", ReferralProcess.Var.DECLINE_REASON.get(r)),
          Row.of("Erstkontakt", firstContact == null ? null : firstContact.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
          Row.of("Ergebnis", outcome(ReferralProcess.Var.REFERRAL_OUTCOME.get(r))),
          Row.of("Zusammenfassung des Partners", ReferralProcess.Var.RESULT_SUMMARY.get(r))));
    }
    return entries;
  }

  private static String outcome(String outcome) {
    if (outcome == null) {
      return null;
    }
    return new ReferralResult(null, null, null, null, true, null, outcome, null, null, null).outcomeName();
  }

  private List<List<Row>> contactEntries(CaseFileSource source) {
    Map<Long, Contact> found = new LinkedHashMap<>();
    contacts.byReference(source.businessKey()).forEach(c -> found.put(c.id(), c));
    for (String referral : caseFiles.calledInstances(source.processInstanceId()).keySet()) {
      contacts.byReference(referral).forEach(c -> found.put(c.id(), c));
    }
    Long companyId = Var.COMPANY_ID.get(source.variables());
    if (companyId != null) {
      contacts.activeFor(companyId).forEach(c -> found.put(c.id(), c));
    }
    List<List<Row>> entries = new ArrayList<>();
    for (Contact contact : found.values()) {
      entries.add(List.of(
          Row.of("Partner", PartnerGroup.displayName(contact.partnerGroup())),
          Row.of("Bezug", contact.reference()),
          Row.of("Thema", contact.topic()),
          Row.of("seit", DAY.format(contact.since())),
          Row.of("beendet", contact.endedAt() == null ? "aktiv" : DAY.format(contact.endedAt())),
          Row.of("abgestimmt", contact.coordinated() ? "ja" : "nein")));
    }
    return entries;
  }
}
