package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * What the Jour fixe offers outside its own steps: other processes register items for the next
 * Jour fixe and read an agenda, and the model's expressions ({@code ${jourFixeService.…}}) take the
 * multi-instance collections and an action item task's group and due date from here. The work is done
 * by {@link Meetings}, {@link Agenda}, {@link Decisions} and {@link ActionItems}.
 */
@Service
public class JourFixeService {

  /**
   * The names other processes used before sources and states became enums; kept so that their code
   * (registering project changes, reading an item's state) works unchanged.
   */
  public static final AgendaSource SOURCE_PROJECT_CHANGE = AgendaSource.PROJECT_CHANGE;
  public static final String ITEM_OPEN = AgendaItemState.OPEN.name();

  private final Agenda agenda;
  private final ActionItems actionItems;

  JourFixeService(Agenda agenda, ActionItems actionItems) {
    this.agenda = agenda;
    this.actionItems = actionItems;
  }

  /** Registers an item for the next Jour fixe (coordination requests, project changes, …); returns its id. */
  public long registerPendingItem(AgendaSource source, String sourceRef, String title, String description) {
    return agenda.registerPending(source, sourceRef, title, description);
  }

  /**
   * The same, the source named by its {@link AgendaSource} name (e.g. {@code "PUBLIC_ACTIVITY"}).
   *
   * @throws IllegalArgumentException for a source the Jour fixe does not know
   */
  public long registerPendingItem(String sourceType, String sourceRef, String title, String description) {
    return registerPendingItem(AgendaSource.valueOf(sourceType), sourceRef, title, description);
  }

  /** The agenda of a Jour fixe in its order. */
  public List<AgendaItem> agenda(String businessKey) {
    return agenda.of(businessKey);
  }

  /** The groups asked for a contribution (collection of {@code prepareContribution}, used in the model). */
  public List<String> participantGroups(DelegateExecution execution) {
    return Var.PARTICIPANT_GROUPS.get(execution);
  }

  /** The action items to implement (collection of {@code implementAction}, used in the model). */
  public List<String> actionItemIds(DelegateExecution execution) {
    return Var.ACTION_ITEM_IDS.get(execution);
  }

  /** The owner group of an action item — the candidate group of its {@code implementAction} task (used in the model). */
  public String ownerGroupOf(Object actionItemId) {
    return actionItems.find(id(actionItemId)).ownerGroup();
  }

  /** The due date of an action item's task, the end of the due day (used in the model). */
  public Date dueDateOf(Object actionItemId) {
    return actionItems.taskDueDate(id(actionItemId));
  }

  /** The German name of a partner group; an unknown id as it is. */
  public static String groupName(String groupId) {
    return PartnerGroup.byId(groupId).map(PartnerGroup::germanName).orElse(groupId);
  }

  private static long id(Object actionItemId) {
    return Long.parseLong(String.valueOf(actionItemId));
  }
}
