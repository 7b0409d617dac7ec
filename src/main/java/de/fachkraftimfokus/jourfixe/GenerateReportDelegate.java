package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generates the monitoring report and puts its download link into the process for the tasks. */
@Component("generateReportDelegate")
class GenerateReportDelegate implements JavaDelegate {

  private final MonitoringReportStore store;

  GenerateReportDelegate(MonitoringReportStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.generate(execution.getProcessBusinessKey());
    Var.REPORT_URL.set(execution, MonitoringReportStore.pdfPath(execution.getProcessBusinessKey()));
  }
}
