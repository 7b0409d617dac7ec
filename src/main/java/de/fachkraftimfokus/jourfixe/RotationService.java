package de.fachkraftimfokus.jourfixe;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation and minute-taking rotate over the partners in a persistent order (agreement 2.2).
 * The order and the next turn live in the database, so a restart or a second node continues the
 * rotation where it stopped. The moderator is the next present partner from the current position;
 * the minute-taker is the present partner after the moderator — never the same partner for both.
 * Partners marked absent are skipped and keep their place in the order.
 *
 * <p>Explicit SQL on purpose: taking a turn updates the rotation's state or inserts it on the first
 * turn (an upsert), and new partners join at the next free position of the order.
 */
@Service
public class RotationService {

  public static final String JOUR_FIXE_ROTATION = "jour-fixe";

  private final JdbcTemplate jdbc;

  public RotationService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The roles of one Jour fixe. */
  public record Turn(String moderatorGroup, String minuteTakerGroup) {}

  private record Member(int position, String group, boolean absent) {}

  /** Takes the next turn and moves the rotation on by one moderator. */
  @Transactional
  public Turn nextTurn(String rotationName, List<String> configuredPartners) {
    List<Member> members = ensureMembers(rotationName, configuredPartners);
    List<Member> present = members.stream()
        .filter(m -> !m.absent() && configuredPartners.contains(m.group())).toList();
    if (present.size() < 2) {
      throw new IllegalStateException("Für Moderation und Protokoll werden mindestens zwei anwesende Partner "
          + "benötigt; anwesend: " + present.stream().map(Member::group).toList());
    }
    int next = nextPosition(rotationName);
    int moderatorIndex = 0;
    for (int i = 0; i < present.size(); i++) {
      if (present.get(i).position() >= next) {
        moderatorIndex = i;
        break;
      }
    }
    Member moderator = present.get(moderatorIndex);
    Member minuteTaker = present.get((moderatorIndex + 1) % present.size());
    if (jdbc.update("UPDATE jf_rotation_state SET next_position = ? WHERE rotation_name = ?",
        moderator.position() + 1, rotationName) == 0) {
      jdbc.update("INSERT INTO jf_rotation_state (rotation_name, next_position) VALUES (?, ?)",
          rotationName, moderator.position() + 1);
    }
    return new Turn(moderator.group(), minuteTaker.group());
  }

  /**
   * Who stands in for a role holder excused from one Jour fixe: the next partner after it in the
   * persistent order who is neither excused, marked absent, nor holding the other role. The
   * rotation itself does not move: the excused partner's turn has passed.
   */
  public String standIn(String rotationName, List<String> configuredPartners, String excusedGroup,
      java.util.Collection<String> unavailable) {
    List<Member> members = ensureMembers(rotationName, configuredPartners).stream()
        .filter(m -> configuredPartners.contains(m.group())).toList();
    int start = 0;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).group().equals(excusedGroup)) {
        start = i;
      }
    }
    for (int step = 1; step <= members.size(); step++) {
      Member candidate = members.get((start + step) % members.size());
      if (!candidate.absent() && !candidate.group().equals(excusedGroup) && !unavailable.contains(candidate.group())) {
        return candidate.group();
      }
    }
    throw new IllegalStateException("Für Moderation und Protokoll werden mindestens zwei anwesende Partner benötigt");
  }

  /** Marks a partner absent (skipped) or present again; its place in the order stays. */
  @Transactional
  public void setAbsent(String rotationName, List<String> configuredPartners, String group, boolean absent) {
    ensureMembers(rotationName, configuredPartners);
    if (jdbc.update("UPDATE jf_rotation_member SET absent = ? WHERE rotation_name = ? AND partner_group = ?",
        absent, rotationName, group) == 0) {
      throw new IllegalArgumentException("Partner " + group + " nimmt an der Rotation nicht teil");
    }
  }

  /** The persistent order, absent partners included. */
  public List<String> order(String rotationName) {
    return jdbc.queryForList("SELECT partner_group FROM jf_rotation_member WHERE rotation_name = ? ORDER BY position",
        String.class, rotationName);
  }

  private int nextPosition(String rotationName) {
    List<Integer> next = jdbc.queryForList(
        "SELECT next_position FROM jf_rotation_state WHERE rotation_name = ?", Integer.class, rotationName);
    return next.isEmpty() ? 0 : next.get(0);
  }

  /** Partners newly configured join at the end of the order; the order of the others never changes. */
  private List<Member> ensureMembers(String rotationName, List<String> configuredPartners) {
    List<Member> members = new ArrayList<>(loadMembers(rotationName));
    int position = members.isEmpty() ? 0 : members.get(members.size() - 1).position() + 1;
    for (String group : configuredPartners) {
      if (members.stream().noneMatch(m -> m.group().equals(group))) {
        jdbc.update("INSERT INTO jf_rotation_member (rotation_name, position, partner_group, absent) VALUES (?,?,?,?)",
            rotationName, position, group, false);
        members.add(new Member(position++, group, false));
      }
    }
    return members;
  }

  private List<Member> loadMembers(String rotationName) {
    return jdbc.query("SELECT position, partner_group, absent FROM jf_rotation_member WHERE rotation_name = ? ORDER BY position",
        (rs, i) -> new Member(rs.getInt(1), rs.getString(2), rs.getBoolean(3)), rotationName);
  }
}
