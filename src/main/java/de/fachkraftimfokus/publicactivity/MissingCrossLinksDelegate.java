package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;

import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder went unanswered until the deadline: every partner still silent is recorded as
 * „keine Rückmeldung“, and the Geschäftsstelle gets the list (with the declined ones and their
 * reasons) for <i>Hinweise nachhalten</i>.
 */
@Component("missingCrossLinksDelegate")
class MissingCrossLinksDelegate implements JavaDelegate {

  private final PublicActivityRegister register;
  private final PublicActivityMails mails;

  MissingCrossLinksDelegate(PublicActivityRegister register, PublicActivityMails mails) {
    this.register = register;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    List<String> silent = mails.silentPartners(execution);
    for (String partner : silent) {
      register.answerCrossLink(businessKey, partner, CrossLinkState.FEHLT, null, null, null);
    }
    Var.CROSS_LINKS_MISSING.set(execution, !silent.isEmpty());
    Var.CROSS_LINK_SUMMARY.set(execution, VariableText.fit(summary(register.crossLinks(businessKey))));
  }

  static String summary(List<PublicActivityRegister.CrossLink> links) {
    return links.stream()
        .map(link -> "• " + PublicActivityTexts.partner(link.partnerGroup()) + ": " + link.state().germanName()
            + (link.url() != null ? " – " + link.url() : "") + (link.reason() != null ? " – " + link.reason() : ""))
        .collect(Collectors.joining("\n", "Rückmeldungen der Partner (Nr. 1.1):\n", ""));
  }
}
