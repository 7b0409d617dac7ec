package de.fachkraftimfokus.referral;

import de.fachkraftimfokus.calendar.WorkingDays;
import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The model of the referral mails; contact details only with the company's consent. */
final class ReferralMails {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(WorkingDays.ZONE);

  private ReferralMails() {}

  static Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", execution.getProcessBusinessKey());
    model.put("offerName", Var.OFFER_NAME.get(execution));
    model.put("companyName", Var.COMPANY_NAME.get(execution));
    model.put("district", District.byId(Var.DISTRICT.get(execution)).map(District::germanName)
        .orElse(String.valueOf(Var.DISTRICT.get(execution))));
    model.put("caseSummary", Var.CASE_SUMMARY.get(execution));
    model.put("dueDate", DATE.format(Var.ACCEPT_DUE_DATE.get(execution).toInstant()));
    model.put("coachContact", Var.COACH_CONTACT.get(execution) == null ? "Regiocoach der Region "
        + Region.byId(Var.REGION.get(execution)).map(Region::germanName).orElse(String.valueOf(Var.REGION.get(execution))) : Var.COACH_CONTACT.get(execution));
    model.put("contactInfo", contactInfo(execution));
    return model;
  }

  private static String contactInfo(DelegateExecution execution) {
    if (!Var.CONSENT_DATA_SHARING.isTrue(execution)) {
      return Var.CONTACT_NOTE.get(execution).toString();
    }
    Object phone = Var.CONTACT_PHONE.get(execution);
    return "Ansprechperson: " + Var.CONTACT_NAME.get(execution) + ", "
        + Var.CONTACT_EMAIL.get(execution) + (phone == null || phone.toString().isBlank() ? "" : ", " + phone)
        + "\n" + Var.CONTACT_NOTE.get(execution);
  }
}
