package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.agenda.JourFixeAgenda;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * What the Jour fixe offers outside its own steps: other processes register items for the next
 * Jour fixe ({@link JourFixeAgenda}) and read an agenda, and the model's expressions ({@code ${jourFixeService.…}}) take the
 * multi-instance collections and an action item task's group and due date from here. The work is done
 * by {@link Meetings}, {@link Agenda}, {@link Decisions} and {@link ActionItems}.
 */
@Service
public class JourFixeService implements JourFixeAgenda {

  private final Agenda agenda;
  private final ActionItems actionItems;

  JourFixeService(Agenda agenda, ActionItems actionItems) {
    this.agenda = agenda;
    this.actionItems = actionItems;
  }

  @Override
  public long registerPendingItem(AgendaSource source, String sourceRef, String title, String description) {
    return agenda.registerPending(source, sourceRef, title, description);
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
