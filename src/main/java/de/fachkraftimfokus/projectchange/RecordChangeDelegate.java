package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.VariableText;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.TableRow;
import de.fachkraftimfokus.region.Region;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * <i>Änderung erfassen</i>: records the change (table {@code pc_change}), works out which rows of
 * {@code offer-for-need} should change (its latest version now is the one the owner's task waits to
 * see replaced), opens one acknowledgement per Network-KMU region, due at the end of the fifth
 * working day (Sachsen-Anhalt), and composes the summary every task and mail shows.
 */
@Component("recordChangeDelegate")
class RecordChangeDelegate implements JavaDelegate {

  private final OfferTable offerTable;
  private final ProjectChangeService service;
  private final WorkingDays workingDays;
  private final ProjectChangeProperties properties;

  RecordChangeDelegate(OfferTable offerTable, ProjectChangeService service, WorkingDays workingDays,
      ProjectChangeProperties properties) {
    this.offerTable = offerTable;
    this.service = service;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    ChangeKind kind = Var.CHANGE_KIND.require(execution);
    String offerId = Var.OFFER_ID.require(execution);
    OfferTable.Version table = offerTable.latest();
    OfferTable.Row offer = table.offers().get(offerId);
    List<FieldOfAction> fields = FieldOfAction.fromIds(Var.FIELDS_OF_ACTION.get(execution));
    List<TableRow> rows = TableProposal.propose(kind, offer, Var.OFFER_NAME.get(execution),
        Var.ANNOUNCING_PARTNER.get(execution), fields, table);
    Var.OFFER_TABLE_VERSION.set(execution, table.number());
    Var.TABLE_ROWS.set(execution, rows);
    Var.TABLE_CHANGE_PROPOSAL.set(execution, VariableText.fit(TableProposal.text(rows, table.number())));
    Var.TABLE_CHANGE_NEEDED.set(execution, !rows.isEmpty());

    List<Region> regions = Arrays.asList(Region.values());
    LocalDate dueDay = workingDays.plusWorkingDays(ClockUtil.getCurrentTime().toInstant().atZone(WorkingDays.ZONE),
        properties.acknowledgementWorkingDays()).toLocalDate();
    Date due = Date.from(dueDay.atTime(LocalTime.of(23, 59)).atZone(WorkingDays.ZONE).toInstant());
    Var.ACKNOWLEDGING_GROUPS.set(execution, regions.stream().map(PartnerGroup.NETWORK_KMU::regionalGroupId).toList());
    Var.ACKNOWLEDGEMENT_DUE_DATE.set(execution, due);
    Var.CHANGE_SUMMARY.set(execution, VariableText.fit(summary(execution, kind, fields)));

    service.recordChange(key, kind, Var.CHANGE_TITLE.get(execution), offerId, Var.ANNOUNCING_PARTNER.get(execution),
        Var.ANNOUNCER.get(execution), Var.EFFECTIVE_FROM.get(execution), Var.SIGNIFICANT.isTrue(execution),
        Var.SIGNIFICANCE_OVERRIDDEN.isTrue(execution), table.number());
    service.openAcknowledgements(key, regions, due);
    Var.ACKNOWLEDGEMENT_STATUS.set(execution, service.statusText(key));
  }

  static String summary(DelegateExecution execution, ChangeKind kind, List<FieldOfAction> fields) {
    LocalDate from = Var.EFFECTIVE_FROM.get(execution);
    return execution.getProcessBusinessKey() + " – " + kind.germanName() + "\n"
        + "Projekt / Angebot: " + Var.OFFER_NAME.get(execution) + " (" + Var.OFFER_ID.get(execution) + ")\n"
        + "Mitgeteilt von: " + ProjectChangeService.groupName(Var.ANNOUNCING_PARTNER.get(execution))
        + (Var.ANNOUNCER.get(execution) == null ? "" : " (" + Var.ANNOUNCER.get(execution) + ")") + "\n"
        + "Gilt ab: " + (from == null ? "–" : ProjectChangeService.GERMAN_DATE.format(from)) + "\n"
        + "Betroffene Handlungsfelder: " + (fields.isEmpty() ? "–"
            : String.join(", ", fields.stream().map(FieldOfAction::germanLabel).toList())) + "\n"
        + "Bedeutung: " + Var.SIGNIFICANCE_TEXT.get(execution) + "\n\n"
        + "Was ändert sich:\n" + Var.CHANGE_DESCRIPTION.get(execution).trim();
  }
}
