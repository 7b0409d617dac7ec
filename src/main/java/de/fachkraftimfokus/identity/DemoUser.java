package de.fachkraftimfokus.identity;

import static de.fachkraftimfokus.identity.PartnerGroup.*;

import de.fachkraftimfokus.region.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Users of the local demo mode, one for each kind of work (README, „Demo-Zugänge“). Created only
 * when {@code fkif.demo.enabled} is true — never in the {@code prod} profile.
 */
public record DemoUser(String id, String firstName, String lastName, List<String> groupIds) {

  public static List<DemoUser> all() {
    List<DemoUser> users = new ArrayList<>();
    for (Region region : Region.values()) {
      users.add(new DemoUser("coach." + region.id(), "Regiocoach", region.germanName(),
          List.of(NETWORK_KMU.id(), NETWORK_KMU.regionalGroupId(region))));
      users.add(new DemoUser("pfiff." + region.id(), "PFIFF", region.germanName(),
          List.of(PFIFF.id(), PFIFF.regionalGroupId(region))));
    }
    users.add(new DemoUser("stk.gs", "Geschäftsstelle", "Staatskanzlei", List.of(STK.id())));
    users.add(new DemoUser("ms.referat", "Referat", "Arbeit und Soziales", List.of(MS.id())));
    users.add(new DemoUser("mw.referat", "Referat", "Wissenschaft und Wirtschaft", List.of(MW.id())));
    users.add(new DemoUser("transfer", "Transferzentrum", "Hochschule", List.of(TRANSFERZENTREN.id())));
    users.add(new DemoUser("azubicoach", "Ausbildungscoach", "Kammer", List.of(AUSBILDUNGSCOACHES.id())));
    users.add(new DemoUser("projekt", "Einzelprojekt", "Fachkräftesicherung", List.of(EINZELPROJEKTE.id())));
    users.add(new DemoUser("weiterbildung", "WEITERBILDUNG", "Personalpools", List.of(WEITERBILDUNG.id())));
    users.add(new DemoUser("leitung", "Leitung", "Controlling", List.of(COCKPIT_READERS.id())));
    users.add(new DemoUser("prozess.owner", "Prozessverantwortliche", "Modelle und Tabellen",
        List.of(PROCESS_OWNERS.id())));
    return List.copyOf(users);
  }
}
