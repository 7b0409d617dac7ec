package de.fachkraftimfokus.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * What a user task does when someone completes it, beyond what its form promises: a business rule
 * the form cannot express (a reason when the path departs from the recommendation), or derived
 * data the platform records. The form itself is the contract of every field and is checked before
 * the engine sees the completion (docs/sicherheit.md, {@code contract.WriteContracts}).
 *
 * <p>Wired in the model as the user task's execution listener on {@code end}: a refusal
 * ({@code InvalidInputException}) rolls the whole completion back and answers 400 with the German
 * message. A task that ends because it was cancelled (withdrawal, deadline, terminate) was not
 * completed by anybody, so nothing is checked then.
 */
public abstract class TaskCompletion implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      completed(execution);
    }
  }

  protected abstract void completed(DelegateExecution execution);
}
