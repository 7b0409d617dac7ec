package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Today in Sachsen-Anhalt by the engine's clock (which tests may move). */
final class Today {

  private Today() {}

  static LocalDate inSachsenAnhalt() {
    return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDays.ZONE).toLocalDate();
  }
}
