package de.fachkraftimfokus.jourfixe;

/** An action item of the minutes (column {@code jf_action_item.state}; the names are the stored values). */
public enum ActionItemState {
  /** Decided, its {@code implementAction} task is open; listed on the next agendas. */
  OPEN,
  /** Implemented, with its result. */
  DONE
}
