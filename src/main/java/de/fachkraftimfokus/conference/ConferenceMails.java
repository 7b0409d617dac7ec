package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.FollowUp;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.Attachment;
import de.fachkraftimfokus.notification.Notifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The conference's mails, each sent once per idempotency key (a retried job never sends twice):
 * {@code <business key>:beitragsaufruf} to the partners asked for contributions,
 * {@code :programm} (with the PDF) and {@code :auswertung} to every working partner.
 */
@Service
class ConferenceMails {

  static final String CALL_TEMPLATE = "annual-conference-call";
  static final String PROGRAMME_TEMPLATE = "annual-conference-programme";
  static final String EVALUATION_TEMPLATE = "annual-conference-evaluation";

  private final Notifier notifier;
  private final ConferenceRegister register;
  private final ProgrammeDocument document;

  ConferenceMails(Notifier notifier, ConferenceRegister register, ProgrammeDocument document) {
    this.notifier = notifier;
    this.register = register;
    this.document = document;
  }

  void sendCall(DelegateExecution execution) {
    Conference conference = conference(execution);
    Map<String, Object> model = model(conference);
    model.put("dueDate", ConferenceTexts.GERMAN_DATE.format(conference.contributionDue()));
    notifier.sendOnce(conference.businessKey() + ":beitragsaufruf",
        notifier.addressesOfGroups(Var.CONTRIBUTION_PARTNERS.get(execution)), CALL_TEMPLATE, model);
  }

  void sendProgramme(DelegateExecution execution) {
    Conference conference = conference(execution);
    Map<String, Object> model = model(conference);
    model.put("programmePath", AnnualConferenceProcess.programmePath(conference.businessKey(), "pdf"));
    model.put("registrationDeadline", ConferenceTexts.GERMAN_DATE.format(conference.registrationDeadline()));
    byte[] pdf = document.pdf(conference.businessKey()).orElseThrow(() ->
        new IllegalStateException("Programm " + conference.businessKey() + " fehlt"));
    notifier.sendOnce(conference.businessKey() + ":programm", notifier.addressesOfGroups(allPartners()),
        PROGRAMME_TEMPLATE, model,
        List.of(new Attachment(ProgrammeDocument.fileName(conference.businessKey()), "application/pdf", pdf)));
  }

  void sendEvaluation(DelegateExecution execution) {
    Conference conference = conference(execution);
    ConferenceRegister.Totals totals = register.totals(conference.businessKey());
    Map<String, Object> model = model(conference);
    model.put("participants", conference.participants());
    model.put("companies", conference.companies());
    model.put("registeredParticipants", totals.participants());
    model.put("registeredCompanies", totals.companies());
    model.put("feedbackSummary", conference.feedbackSummary());
    model.put("followUps", Var.FOLLOW_UPS.get(execution).stream().map(FollowUp::title).toList());
    notifier.sendOnce(conference.businessKey() + ":auswertung", notifier.addressesOfGroups(allPartners()),
        EVALUATION_TEMPLATE, model);
  }

  private static List<String> allPartners() {
    return PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList();
  }

  private Conference conference(DelegateExecution execution) {
    return register.find(execution.getProcessBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Fachveranstaltung " + execution.getProcessBusinessKey() + " fehlt"));
  }

  private static Map<String, Object> model(Conference conference) {
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", conference.businessKey());
    model.put("year", conference.year());
    model.put("summary", ConferenceTexts.summary(conference));
    return model;
  }
}
