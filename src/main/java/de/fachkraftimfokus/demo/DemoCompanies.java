package de.fachkraftimfokus.demo;

import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import java.util.List;

/**
 * The invented companies of the demo data: plausible names across all fourteen districts, contact
 * persons who do not exist, addresses under {@code example.org} (reserved for examples, RFC 2606).
 */
final class DemoCompanies {

  /** One company as the start form of a case takes it. */
  record DemoCompany(String name, String postcode, District district, String sector, String sizeBand,
      String contactName, String contactEmail, String inquiry) {

    Region region() {
      return district.region();
    }
  }

  static final List<DemoCompany> ALL = List.of(
      new DemoCompany("Altmärker Landtechnik Service GmbH", "29410", District.ALTMARKKREIS_SALZWEDEL, "G", "10-49",
          "Jana Wiesner", "j.wiesner@landtechnik.example.org", "Sucht zwei Land- und Baumaschinenmechatroniker"),
      new DemoCompany("Elbe-Havel Holzbau KG", "39576", District.STENDAL, "F", "10-49",
          "Tobias Brandt", "t.brandt@holzbau-elbe.example.org", "Ausbildungsplätze bleiben seit zwei Jahren unbesetzt"),
      new DemoCompany("Stendaler Pflegedienst am Dom gGmbH", "39576", District.STENDAL, "Q", "50-249",
          "Sabine Kühn", "s.kuehn@pflege-dom.example.org", "Pflegefachkräfte wandern in die Kliniken ab"),
      new DemoCompany("Magdeburger Präzisionsteile GmbH", "39112", District.MAGDEBURG, "C", "50-249",
          "Henrik Vogt", "h.vogt@praezision-md.example.org", "Sucht Zerspanungsmechaniker und eine Schichtleitung"),
      new DemoCompany("Börde Agrar- und Lohnunternehmen GmbH", "39387", District.BOERDE, "A", "10-49",
          "Katrin Seidel", "k.seidel@boerde-agrar.example.org", "Saisonkräfte fehlen, Fahrer mit Führerschein CE gesucht"),
      new DemoCompany("Jerichower Metall- und Anlagenbau GmbH", "39288", District.JERICHOWER_LAND, "C", "10-49",
          "Matthias Lorenz", "m.lorenz@ma-jerichow.example.org", "Nachfolge der Werkstattleitung in drei Jahren offen"),
      new DemoCompany("Salzland Logistik und Lager GmbH", "39418", District.SALZLANDKREIS, "H", "50-249",
          "Nadine Pohl", "n.pohl@salzland-logistik.example.org", "Hohe Fluktuation im Lager, Berufskraftfahrer gesucht"),
      new DemoCompany("Harzer Metallbau Wernigerode GmbH", "38855", District.HARZ, "C", "10-49",
          "Stefan Krüger", "s.krueger@metallbau-harz.example.org", "Sucht zwei Zerspanungsmechaniker"),
      new DemoCompany("Brockenblick Hotel und Gastronomie GmbH", "38879", District.HARZ, "I", "10-49",
          "Claudia Fiedler", "c.fiedler@brockenblick.example.org", "Köche und Servicekräfte für die Saison gesucht"),
      new DemoCompany("Quedlinburger Elektrotechnik Schulze & Partner", "06484", District.HARZ, "F", "1-9",
          "Uwe Schulze", "u.schulze@elektro-qlb.example.org", "Erster Azubi, Unterstützung bei der Ausbildung gewünscht"),
      new DemoCompany("Halberstädter Backwaren GmbH", "38820", District.HARZ, "C", "50-249",
          "Ines Hartung", "i.hartung@backwaren-hbs.example.org", "Nachwuchs für die Backstube, Schichtmodelle überdenken"),
      new DemoCompany("Anhaltische Kunststofftechnik GmbH", "06766", District.ANHALT_BITTERFELD, "C", "50-249",
          "Ralf Neumann", "r.neumann@kunststoff-anhalt.example.org", "Verfahrensmechaniker gesucht, Kooperation mit Hochschule gewünscht"),
      new DemoCompany("Dessauer Bauhaus-Ingenieurbüro GmbH", "06844", District.DESSAU_ROSSLAU, "M", "10-49",
          "Franziska Werner", "f.werner@ib-dessau.example.org", "Bauingenieure und Absolventen gesucht"),
      new DemoCompany("Lutherstadt Sanitär und Heizung GmbH", "06886", District.WITTENBERG, "F", "10-49",
          "Daniel Richter", "d.richter@shk-wittenberg.example.org", "Anlagenmechaniker SHK gesucht, Betrieb will attraktiver werden"),
      new DemoCompany("Wittenberger Druck und Medien GmbH", "06886", District.WITTENBERG, "C", "10-49",
          "Anja Schröder", "a.schroeder@druck-wb.example.org", "Mediengestalter gesucht, Weiterbildung der Belegschaft geplant"),
      new DemoCompany("Hallesche Softwaremanufaktur GmbH", "06108", District.HALLE, "J", "10-49",
          "Marco Lehmann", "m.lehmann@software-halle.example.org", "Informatiker gesucht, Kontakt zu Studierenden gewünscht"),
      new DemoCompany("Saale Reha- und Gesundheitszentrum GmbH", "06112", District.HALLE, "Q", "50-249",
          "Birgit Engel", "b.engel@reha-saale.example.org", "Physiotherapeuten gesucht, Gesundheitsmanagement im Haus"),
      new DemoCompany("Saalekreis Chemieanlagen Service GmbH", "06237", District.SAALEKREIS, "C", "250+",
          "Thomas Frank", "t.frank@chemieservice.example.org", "Chemikanten und Industriemechaniker gesucht"),
      new DemoCompany("Naumburger Weinbau und Kellerei eG", "06618", District.BURGENLANDKREIS, "A", "10-49",
          "Susanne Winkler", "s.winkler@weinbau-naumburg.example.org", "Winzer-Nachwuchs und Saisonkräfte gesucht"),
      new DemoCompany("Zeitzer Maschinenbau GmbH", "06712", District.BURGENLANDKREIS, "C", "50-249",
          "Jörg Hoffmann", "j.hoffmann@mb-zeitz.example.org", "Ältere Fachkräfte halten, Wissen weitergeben"),
      new DemoCompany("Mansfelder Kupfer- und Messingwerk GmbH", "06333", District.MANSFELD_SUEDHARZ, "C", "250+",
          "Petra Lange", "p.lange@kupfer-mansfeld.example.org", "Schichtarbeit schwer zu besetzen, Zuwanderung als Option"),
      new DemoCompany("Sangerhäuser Tischlerei Berger", "06526", District.MANSFELD_SUEDHARZ, "C", "1-9",
          "Michael Berger", "m.berger@tischlerei-berger.example.org", "Betriebsnachfolge und ein Auszubildender gesucht"),
      new DemoCompany("Bernburger Stahl- und Fassadenbau GmbH", "06406", District.SALZLANDKREIS, "F", "10-49",
          "Carsten Möller", "c.moeller@fassadenbau-bbg.example.org", "Monteure gesucht, Arbeitgebermarke fehlt"),
      new DemoCompany("Bitterfelder Solartechnik Montage GmbH", "06749", District.ANHALT_BITTERFELD, "F", "10-49",
          "Lea Schubert", "l.schubert@solarmontage.example.org", "Elektroniker für Energie- und Gebäudetechnik gesucht"));

  private DemoCompanies() {}

  /** The companies of one region, in the order above. */
  static List<DemoCompany> in(Region region) {
    return ALL.stream().filter(c -> c.region() == region).toList();
  }
}
