package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.region.District;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The model of the referral mails; contact details only with the company's consent. */
final class ReferralMails {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

  private ReferralMails() {}

  static Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", execution.getProcessBusinessKey());
    model.put("offerName", execution.getVariable(Var.OFFER_NAME));
    model.put("companyName", execution.getVariable(Var.COMPANY_NAME));
    model.put("district", District.byId((String) execution.getVariable(Var.DISTRICT)).map(District::germanName)
        .orElse(String.valueOf(execution.getVariable(Var.DISTRICT))));
    model.put("caseSummary", execution.getVariable(Var.CASE_SUMMARY));
    model.put("dueDate", DATE.format(((Date) execution.getVariable(Var.ACCEPT_DUE_DATE)).toInstant()));
    model.put("coachContact", execution.getVariable(Var.COACH_CONTACT) == null ? "Regiocoach der Region "
        + execution.getVariable(Var.REGION) : execution.getVariable(Var.COACH_CONTACT));
    model.put("contactInfo", contactInfo(execution));
    return model;
  }

  private static String contactInfo(DelegateExecution execution) {
    if (!ReferralProcess.consent(execution)) {
      return execution.getVariable(Var.CONTACT_NOTE).toString();
    }
    Object phone = execution.getVariable(Var.CONTACT_PHONE);
    return "Ansprechperson: " + execution.getVariable(Var.CONTACT_NAME) + ", "
        + execution.getVariable(Var.CONTACT_EMAIL) + (phone == null || phone.toString().isBlank() ? "" : ", " + phone)
        + "\n" + execution.getVariable(Var.CONTACT_NOTE);
  }
}
