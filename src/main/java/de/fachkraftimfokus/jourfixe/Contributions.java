package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The participants' contributions to a Jour fixe (table {@code jf_contribution}, one row per Jour
 * fixe and group). Explicit SQL on purpose: a contribution replaces the group's earlier one, an upsert
 * on the table's two-column key, which has no id a Spring Data repository could own. Rows are read
 * into the record by column name (no hand-written mapper).
 */
@Repository
class Contributions {

  /**
   * One group's contribution; the texts are null where the group wrote nothing.
   *
   * @param late the group contributed nothing before the deadline
   */
  record Contribution(String partnerGroup, String experiences, String plannedChanges, String interfaceProblems,
      String fundingSuggestions, String proposedTopics, boolean late) {}

  private final JdbcClient jdbc;

  Contributions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the group's contribution, replacing an earlier one. */
  void save(String jourFixeRef, Contribution contribution) {
    jdbc.sql("DELETE FROM jf_contribution WHERE jour_fixe_ref = ? AND partner_group = ?")
        .params(jourFixeRef, contribution.partnerGroup()).update();
    jdbc.sql("""
        INSERT INTO jf_contribution (jour_fixe_ref, partner_group, experiences, planned_changes, interface_problems,
          funding_suggestions, proposed_topics, late, submitted_at) VALUES (?,?,?,?,?,?,?,?,?)""")
        .params(jourFixeRef, contribution.partnerGroup(), contribution.experiences(), contribution.plannedChanges(),
            contribution.interfaceProblems(), contribution.fundingSuggestions(), contribution.proposedTopics(),
            contribution.late(), Timestamp.from(WorkingDays.now().toInstant()))
        .update();
  }

  /** The participants without a contribution when the deadline passed; noted as late. */
  List<String> recordLate(String jourFixeRef, List<String> participants) {
    List<String> submitted = jdbc.sql("SELECT partner_group FROM jf_contribution WHERE jour_fixe_ref = ?")
        .param(jourFixeRef).query(String.class).list();
    List<String> late = participants.stream().filter(group -> !submitted.contains(group)).toList();
    for (String group : late) {
      save(jourFixeRef, new Contribution(group, null, null, null, null, null, true));
    }
    return late;
  }

  /** The contributions to this Jour fixe, by group. */
  List<Contribution> of(String jourFixeRef) {
    return jdbc.sql("""
        SELECT partner_group, experiences, planned_changes, interface_problems, funding_suggestions, proposed_topics,
          late FROM jf_contribution WHERE jour_fixe_ref = ? ORDER BY partner_group""")
        .param(jourFixeRef).query(Contribution.class).list();
  }
}
