package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.Arrays;
import java.util.Map;

/**
 * The start contract of DESIGN.md §5, checked on the server: by the process's start listener
 * (Tasklist, engine REST API) and by the platform's REST intake alike.
 */
public final class AdvisoryCaseStartCheck {

  private AdvisoryCaseStartCheck() {}

  public static InputCheck of(Map<String, Object> variables) {
    InputCheck check = InputCheck.of(variables)
        .requiredText(Var.COMPANY_NAME, "Name des Unternehmens")
        .pattern(Var.COMPANY_POSTCODE, "Postleitzahl", InputCheck.FIVE_DIGITS, "genau fünf Ziffern")
        .oneOf(Var.DISTRICT, "Landkreis / kreisfreie Stadt", Arrays.stream(District.values()).map(District::id).toList())
        .oneOf(Var.SECTOR, "Branche (WZ 2008)", AdvisoryCaseProcess.SECTORS)
        .oneOf(Var.SIZE_BAND, "Größe (Beschäftigte)", AdvisoryCaseProcess.SIZE_BANDS)
        .requiredText(Var.CONTACT_NAME, "Ansprechperson")
        .pattern(Var.CONTACT_EMAIL, "E-Mail der Ansprechperson", InputCheck.EMAIL, "keine gültige E-Mail-Adresse")
        .optionalText(Var.CONTACT_PHONE, "Telefon der Ansprechperson")
        .oneOf(Var.INQUIRY_SOURCE, "Quelle der Anfrage", AdvisoryCaseProcess.INQUIRY_SOURCES)
        .requiredText(Var.INQUIRY_SUMMARY, "Kurzbeschreibung der Anfrage")
        .requiredBoolean(Var.CONSENT_DATA_SHARING, "Einwilligung zur Weitergabe der Kontaktdaten");
    Object name = variables.get(Var.COMPANY_NAME);
    check.rule(!(name instanceof String text) || text.length() <= CompanyRegistry.MAX_NAME,
        Var.COMPANY_NAME, "Name des Unternehmens", "höchstens " + CompanyRegistry.MAX_NAME + " Zeichen");
    return check;
  }
}
