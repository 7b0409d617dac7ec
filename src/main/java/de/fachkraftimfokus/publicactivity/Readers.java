package de.fachkraftimfokus.publicactivity;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read the public activities (read API and calendar): every working partner group and
 * {@code cockpit-readers}; 401 without authentication, 403 for anyone else.
 */
@Component
class Readers {

  static final Set<String> GROUPS = Stream.concat(PartnerGroup.workingPartners().stream().map(PartnerGroup::id),
      Stream.of(PartnerGroup.COCKPIT_READERS.id())).collect(Collectors.toUnmodifiableSet());

  private final IdentityService identityService;

  Readers(IdentityService identityService) {
    this.identityService = identityService;
  }

  void refuseUnlessReader() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, null);
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.stream().noneMatch(GROUPS::contains)) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Die Öffentlichkeitsaktivitäten sind nur für die "
          + "Kooperationspartner einsehbar.");
    }
  }
}
