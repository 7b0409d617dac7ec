package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.publicactivity.PublicActivityKind;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess;
import de.fachkraftimfokus.publicactivity.TargetGroup;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The invitation is a {@code public-activity} of kind event (call activity {@code publishInvitation}):
 * its start variables are made here from the conference (statewide, for companies and multipliers,
 * under the umbrella brand, which the programme carries), so the brand check, the date coordination
 * and every partner's cross-link happen there, and nowhere else. When the activity has ended, its
 * business key and result come back; the conference keeps no second copy of the invitation.
 */
@Component("invitationVariableMapping")
class InvitationVariableMapping implements DelegateVariableMapping {

  static final int MAX_DESCRIPTION = 2000;

  private final ConferenceRegister register;

  InvitationVariableMapping(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    Conference conference = register.find(superExecution.getProcessBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Fachveranstaltung " + superExecution.getProcessBusinessKey() + " fehlt"));
    PublicActivityProcess.Var.KIND.putInto(subVariables, PublicActivityKind.EVENT);
    PublicActivityProcess.Var.TITLE.putInto(subVariables, "Gemeinsame Fachveranstaltung " + conference.year() + ": "
        + conference.motto());
    String summary = ConferenceTexts.summary(conference);
    PublicActivityProcess.Var.DESCRIPTION.putInto(subVariables,
        summary.length() <= MAX_DESCRIPTION ? summary : summary.substring(0, MAX_DESCRIPTION - 1) + "…");
    PublicActivityProcess.Var.PERIOD_START.putInto(subVariables, conference.date());
    PublicActivityProcess.Var.REGIONS.putInto(subVariables, List.of());
    PublicActivityProcess.Var.TOPICS.putInto(subVariables, List.of(FieldOfAction.NETWORKING.name()));
    PublicActivityProcess.Var.TARGET_GROUPS.putInto(subVariables,
        List.of(TargetGroup.UNTERNEHMEN.name(), TargetGroup.MULTIPLIKATOREN.name()));
    PublicActivityProcess.Var.DRAFT_TEXT.putInto(subVariables, VariableText.fit("Einladung zur gemeinsamen "
        + "Fachveranstaltung unter der Dachmarke „" + AnnualConferenceProcess.UMBRELLA_BRAND + "“.\n" + summary
        + "\nAnmeldeschluss: " + ConferenceTexts.GERMAN_DATE.format(conference.registrationDeadline())
        + "\nProgramm: " + AnnualConferenceProcess.programmePath(conference.businessKey(), "pdf")));
    PublicActivityProcess.Var.LEAD_PARTNER.putInto(subVariables, conference.leadPartner());
    // the programme and the invitation text are the platform's own, made under the brand
    PublicActivityProcess.Var.BRAND_LOGO.putInto(subVariables, true);
    PublicActivityProcess.Var.BRAND_WORDING.putInto(subVariables, true);
    PublicActivityProcess.Var.BRAND_LINK.putInto(subVariables, true);
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    String key = subInstance instanceof DelegateExecution activity ? activity.getProcessBusinessKey() : null;
    String result;
    Long participants = null;
    if (PublicActivityProcess.Var.BRAND_FIX.get(subInstance) == PublicActivityProcess.BrandFix.ZURUECKGEZOGEN) {
      result = "Einladung zurückgezogen";
    } else if (PublicActivityProcess.Var.CANCELLED.isTrue(subInstance)) {
      result = "Veranstaltung abgesagt";
    } else {
      participants = PublicActivityProcess.Var.PARTICIPANTS.get(subInstance);
      result = "Einladung veröffentlicht" + (participants == null ? "" : "; Teilnehmende laut Öffentlichkeitsaktivität: "
          + participants);
    }
    Var.INVITATION_KEY.set(superExecution, key);
    Var.INVITATION_RESULT.set(superExecution, result);
    Var.INVITATION_PARTICIPANTS.set(superExecution, participants);
    register.invitation(superExecution.getProcessBusinessKey(), key, result);
  }
}
