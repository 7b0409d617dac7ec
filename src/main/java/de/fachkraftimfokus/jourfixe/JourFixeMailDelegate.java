package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.notification.Attachment;
import de.fachkraftimfokus.notification.Notifier;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The Jour fixe's three mails to all participants — invitation with call for contributions, agenda,
 * minutes (with the minutes as PDF attached) — chosen by the service task that sends it. Asynchronous and retried in the model; sent
 * once per Jour fixe and kind, however often the job runs. The texts are the templates
 * {@code templates/mail/jour-fixe-*.txt}; this delegate hands them the meeting's data.
 */
@Component("jourFixeMailDelegate")
class JourFixeMailDelegate implements JavaDelegate {

  static final Map<String, String> TEMPLATES = Map.of(
      SEND_INVITATION, "jour-fixe-invitation",
      SEND_AGENDA, "jour-fixe-agenda",
      SEND_MINUTES, "jour-fixe-minutes");

  private final Notifier notifier;
  private final JourFixeService service;
  private final MinutesDocument minutesDocument;

  JourFixeMailDelegate(Notifier notifier, JourFixeService service, MinutesDocument minutesDocument) {
    this.notifier = notifier;
    this.service = service;
    this.minutesDocument = minutesDocument;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String template = TEMPLATES.get(execution.getCurrentActivityId());
    if (template == null) {
      throw new IllegalStateException("Kein Mailtext für " + execution.getCurrentActivityId());
    }
    String businessKey = execution.getProcessBusinessKey();
    JourFixeService.Meeting meeting = service.meeting(businessKey);
    Map<String, Object> model = new HashMap<>();
    model.put("businessKey", businessKey);
    model.put("meetingDate", meeting.meetingDate());
    model.put("moderator", JourFixeService.groupName(meeting.moderatorGroup()));
    model.put("minuteTaker", JourFixeService.groupName(meeting.minuteTakerGroup()));
    model.put("absent", meeting.absentGroups().stream().map(JourFixeService::groupName).toList());
    model.put("roleChangeReason", meeting.roleChangeReason());
    if (SEND_INVITATION.equals(execution.getCurrentActivityId())) {
      // the deadline of the contribution tasks and of their boundary timer, not one of our own
      model.put("contributionDue", contributionDue(execution));
    }
    model.put("agendaText", meeting.agendaText() == null ? "" : meeting.agendaText());
    model.put("minutesText", meeting.minutesText() == null ? "" : meeting.minutesText());
    model.put("minutesPath", MinutesDocument.pdfPath(businessKey));
    List<String> participants = (List<String>) execution.getVariable(PARTICIPANT_GROUPS);
    List<Attachment> attachments = SEND_MINUTES.equals(execution.getCurrentActivityId())
        ? List.of(new Attachment(MinutesDocument.fileName(businessKey), "application/pdf",
            minutesDocument.pdf(businessKey).orElseGet(() -> minutesDocument.store(businessKey))))
        : List.of();
    notifier.sendOnce(template + ":" + businessKey, notifier.addressesOfGroups(participants), template, model,
        attachments);
  }

  /**
   * The day contributions are due, as {@link JourFixeService#contributionDueAt} set it in
   * {@link JourFixeProcess#CONTRIBUTION_DUE_AT} for the tasks' due date and the boundary timer.
   */
  static LocalDate contributionDue(DelegateExecution execution) {
    Date dueAt = (Date) execution.getVariable(CONTRIBUTION_DUE_AT);
    if (dueAt == null) {
      throw new IllegalStateException("Jour fixe " + execution.getProcessBusinessKey() + ": keine Beitragsfrist gesetzt");
    }
    return LocalDate.ofInstant(dueAt.toInstant(), JourFixeService.BERLIN);
  }
}
