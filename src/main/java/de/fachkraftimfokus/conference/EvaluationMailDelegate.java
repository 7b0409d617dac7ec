package de.fachkraftimfokus.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mail that tells every partner the evaluation and its follow-ups (asynchronous, retried, sent once). */
@Component("evaluationMailDelegate")
class EvaluationMailDelegate implements JavaDelegate {

  private final ConferenceMails mails;

  EvaluationMailDelegate(ConferenceMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendEvaluation(execution);
  }
}
