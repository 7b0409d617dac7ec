package de.fachkraftimfokus.privacy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * No form-field history: at history level {@code full}, Camunda records every text field submitted
 * through a form ({@code /submit-form}, Tasklist) a second time, as a {@code FormProperty} detail
 * beside the variable update that holds the same value. That copy serves nobody (Cockpit and the
 * platform read the variable history), it is the one place the erasure could not reach by API,
 * and a text over 4,000 characters does not fit its column. So the engine writes its history as
 * usual, minus these events. Legacy rows go with {@link LegacyFormFieldHistoryMigration}, with the
 * erasure and with the history cleanup.
 */
@Component
class FormFieldHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutFormFields());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    // our handler replaces the default one, which would write the form fields
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Camunda's database history handler, without form-field events. */
  static class WithoutFormFields extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (!(historyEvent instanceof HistoricFormPropertyEventEntity)) {
        super.handleEvent(historyEvent);
      }
    }
  }
}
