package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.casefile.CaseFile.Row;
import de.fachkraftimfokus.casefile.CaseFile.Section;
import de.fachkraftimfokus.casefile.CaseFileContributor;
import de.fachkraftimfokus.casefile.CaseFileSource;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A referral's case file ({@code BF-…-W1}): what the partner it is addressed to reads — the
 * company, the offer, the state, first contact and result, and the way back to the case (whose file
 * the partner cannot open: it reads only its referral). The contact person only with consent, and
 * only for the partner and the case's Regiocoaches.
 */
@Component
class ReferralCaseFile implements CaseFileContributor {

  private static final Map<String, String> OUTCOMES = Map.of("UNTERSTUETZUNG_LAEUFT", "Unterstützung läuft",
      "ABGESCHLOSSEN", "Unterstützung abgeschlossen", "KEIN_BEDARF", "Kein Bedarf beim Unternehmen");

  @Override
  public String processKey() {
    return ReferralProcess.KEY;
  }

  @Override
  public String title() {
    return "Weitervermittlung";
  }

  @Override
  public boolean personalData(Map<String, Object> variables, List<String> readerGroups) {
    return Boolean.TRUE.equals(Var.CONSENT_DATA_SHARING.get(variables))
        && (readerGroups.contains(String.valueOf(Var.ACCEPT_GROUP.get(variables)))
            || readerGroups.contains(String.valueOf(Var.COACH_GROUP.get(variables))));
  }

  @Override
  public List<Section> sections(CaseFileSource source) {
    Map<String, Object> v = source.variables();
    String region = Var.REGION.get(v);
    Boolean accepted = Var.ACCEPTED.get(v);
    String state = accepted == null ? (source.ended() ? "beendet, ohne Annahme" : "wartet auf Annahme")
        : !accepted ? "abgelehnt" : source.ended() ? "abgeschlossen" : "angenommen, läuft";
    String parent = Var.CASE_BUSINESS_KEY.get(v);
    Section referral = Section.of("Weitervermittlung", List.of(
        Row.link("Beratungsfall", parent == null ? "–" : parent, parent == null ? "" : "/fallakte/" + parent),
        Row.of("Angebot", Var.OFFER_NAME.get(v)),
        Row.of("Partner", PartnerGroup.displayName(Var.PARTNER_GROUP.get(v))),
        Row.of("Stand", state),
        Row.of("Ablehnungsgrund", Var.DECLINE_REASON.get(v)),
        Row.of("Erstkontakt", Var.FIRST_CONTACT_DATE.get(v) == null ? null
            : Var.FIRST_CONTACT_DATE.get(v).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
        Row.of("Notiz zum Erstkontakt", Var.FIRST_CONTACT_NOTE.get(v)),
        Row.of("Ergebnis", OUTCOMES.getOrDefault(String.valueOf(Var.REFERRAL_OUTCOME.get(v)), Var.REFERRAL_OUTCOME.get(v))),
        Row.of("Zusammenfassung", Var.RESULT_SUMMARY.get(v))));
    Section company = Section.of("Unternehmen", List.of(
        Row.of("Name", Var.COMPANY_NAME.get(v)),
        Row.of("Postleitzahl", Var.COMPANY_POSTCODE.get(v)),
        Row.of("Landkreis", District.byId(Var.DISTRICT.get(v)).map(District::germanName).orElse(Var.DISTRICT.get(v))),
        Row.of("Region", region == null ? null : Region.byId(region).map(Region::germanName).orElse(region)),
        Row.of("Fallbeschreibung des Regiocoaches", Var.CASE_SUMMARY.get(v))));
    Section contact = source.personalData()
        ? Section.of("Ansprechperson", List.of(Row.of("Name", Var.CONTACT_NAME.get(v)),
            Row.of("E-Mail", Var.CONTACT_EMAIL.get(v)), Row.of("Telefon", Var.CONTACT_PHONE.get(v))))
        : Section.note("Ansprechperson", String.valueOf(Var.CONTACT_NOTE.get(v) == null
            ? "Nur mit Einwilligung und nur für den Partner und die Regiocoaches sichtbar." : Var.CONTACT_NOTE.get(v)));
    return List.of(referral, company, contact);
  }
}
