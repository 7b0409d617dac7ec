package de.fachkraftimfokus.projectchange;

import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.TableRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which rows of {@code offer-for-need} an announced change should change — the platform's proposal
 * to the table's owner, who decides in Modeler:
 *
 * <ul>
 *   <li>new project (or a project not yet in the table): one new row per Handlungsfeld;</li>
 *   <li>project ended: every row of its offer goes;</li>
 *   <li>changed aims or target groups: rows of fields the offer no longer serves go, rows of fields
 *       it keeps are to be checked (name, annotation), fields it newly serves get a row;</li>
 *   <li>changed contact: no row (the table holds no contacts).</li>
 * </ul>
 */
final class TableProposal {

  static final String ADD = "ERGAENZEN";
  static final String REMOVE = "ENTFERNEN";
  static final String REVIEW = "PRUEFEN";

  private TableProposal() {}

  /**
   * @param offer the chosen row's offer, null for {@link ProjectChangeProcess#OFFER_NEW}
   * @param projectName the new project's name (for {@code NEU})
   * @param partnerGroup the announcing group: proposed as the partner of a new offer unless a ministry
   */
  static List<TableRow> propose(ChangeKind kind, OfferTable.Row offer, String projectName, String partnerGroup,
      List<FieldOfAction> fields, OfferTable.Version table) {
    List<TableRow> rows = new ArrayList<>();
    switch (kind) {
      case NEW_PROJECT -> rows.addAll(additions(fields, null, projectName, partnerGroup));
      case PROJECT_ENDED -> {
        if (offer != null) {
          rowsOf(table, offer.offerId()).forEach(row -> rows.add(existing(REMOVE, row)));
        }
      }
      case CHANGED_AIMS -> {
        if (offer == null) {
          rows.addAll(additions(fields, null, projectName, partnerGroup));
        } else {
          Set<String> covered = new LinkedHashSet<>();
          for (OfferTable.Row row : rowsOf(table, offer.offerId())) {
            boolean kept = row.needs().isEmpty() || row.needs().stream().anyMatch(n -> fields.stream()
                .anyMatch(f -> f.id().equals(n)));
            rows.add(existing(kept ? REVIEW : REMOVE, row));
            covered.addAll(row.needs());
          }
          rows.addAll(additions(fields.stream().filter(f -> !covered.contains(f.id())).toList(), offer.offerId(),
              offer.offerName(), offer.partnerGroup()));
        }
      }
      case CHANGED_CONTACT, ONBOARDING -> {
        // the table holds neither contacts nor Regiocoaches
      }
    }
    return List.copyOf(rows);
  }

  private static List<OfferTable.Row> rowsOf(OfferTable.Version table, String offerId) {
    return table.rows().stream().filter(row -> offerId.equals(row.offerId())).toList();
  }

  private static TableRow existing(String action, OfferTable.Row row) {
    String need = String.join(",", row.needs());
    return new TableRow(action, row.number(), row.ruleId(), need.isEmpty() ? "-" : need, labels(row.needs()),
        row.offerId(), row.offerName(), row.partnerGroup());
  }

  private static List<TableRow> additions(List<FieldOfAction> fields, String offerId, String offerName,
      String partnerGroup) {
    String id = offerId != null ? offerId : suggestedId(partnerGroup, offerName);
    String partner = offerId != null ? partnerGroup : referralPartner(partnerGroup);
    return fields.stream().map(field -> new TableRow(ADD, null, null, field.id(), field.germanLabel(), id, offerName,
        partner)).toList();
  }

  /** A ministry announces projects others carry out: who takes the referrals is the owner's to fill in. */
  private static String referralPartner(String announcingGroup) {
    return PartnerGroup.byId(announcingGroup)
        .filter(g -> g != PartnerGroup.MS && g != PartnerGroup.MW && g != PartnerGroup.STK)
        .map(PartnerGroup::id).orElse(null);
  }

  /** {@code <partner>-<name in lower case ASCII>}, e.g. {@code einzelprojekte-fachkraefte-lotsen}. */
  static String suggestedId(String partnerGroup, String name) {
    String ascii = Normalizer.normalize(String.valueOf(name).toLowerCase(Locale.ROOT)
            .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    String prefix = referralPartner(partnerGroup) == null ? "neu" : partnerGroup;
    String id = prefix + "-" + ascii;
    return id.length() <= 60 ? id : id.substring(0, 60).replaceAll("-+$", "");
  }

  private static String labels(List<String> needs) {
    if (needs.isEmpty()) {
      return "jedes Handlungsfeld";
    }
    return String.join(", ", needs.stream().map(n -> FieldOfAction.byId(n).map(FieldOfAction::germanLabel).orElse(n))
        .toList());
  }

  /** The proposal as the owner reads it in the task and the mail. */
  static String text(List<TableRow> rows, int version) {
    if (rows.isEmpty()) {
      return "Keine Zeile der Tabelle „Angebote zum Handlungsfeld“ (offer-for-need, Version " + version
          + ") ist betroffen.";
    }
    StringBuilder text = new StringBuilder("Vorschlag der Plattform für die Tabelle „Angebote zum Handlungsfeld“ "
        + "(offer-for-need), Stand Version " + version + ":\n");
    for (TableRow row : rows) {
      text.append("• ").append(switch (row.action()) {
        case ADD -> "Neue Zeile ergänzen";
        case REMOVE -> "Zeile " + row.ruleNumber() + " entfernen";
        default -> "Zeile " + row.ruleNumber() + " prüfen (Angebot und Anmerkung an die neuen Ziele anpassen)";
      });
      if (row.ruleId() != null) {
        text.append(" [").append(row.ruleId()).append(']');
      }
      text.append(": Handlungsfeld ").append(row.needLabel()).append(" (").append(row.need()).append(") → Angebot „")
          .append(row.offerName()).append("“ (").append(row.offerId()).append("), Partnergruppe ")
          .append(row.partnerGroup() == null ? "bitte festlegen (die Gruppe, die Weitervermittlungen annimmt)"
              : row.partnerGroup())
          .append('\n');
    }
    return text.toString().trim();
  }
}
