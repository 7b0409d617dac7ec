package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.document.DocumentTemplates;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The agenda text of the mail, from {@code templates/jourfixe/agenda.txt}: exactly as the participants read it. */
@DisplayName("Tagesordnung als Text")
class AgendaTextTest {

  private final AgendaText text = new AgendaText(new DocumentTemplates());

  @Test
  @DisplayName("Jeder Punkt als „TOP n: Titel“, jede Zeile seiner Beschreibung eingerückt, ein Zeilenende am Schluss")
  void itemsWithDescriptions() {
    List<AgendaItem> agenda = List.of(
        item(7L, "Begrüßung", null),
        item(3L, "Themenvorschlag – PFIFF – Fachkräfteportal", "Gemeinsamer Messestand\n\nauf der Jobmesse"),
        item(9L, "Verschiedenes", " "));

    assertThat(text.render(agenda)).isEqualTo("TOP 1: Begrüßung\n"
        + "TOP 2: Themenvorschlag – PFIFF – Fachkräfteportal\n"
        + "   Gemeinsamer Messestand\n"
        + "   \n"
        + "   auf der Jobmesse\n"
        + "TOP 3: Verschiedenes\n");
  }

  @Test
  @DisplayName("Ohne Punkte steht ein Hinweis da")
  void emptyAgenda() {
    assertThat(text.render(List.of())).isEqualTo("Keine Tagesordnungspunkte eingegangen.\n");
  }

  private static AgendaItem item(long id, String title, String description) {
    return new AgendaItem(id, AgendaSource.GESCHAEFTSSTELLE, "JF-2001-01", title, description, null,
        AgendaItemState.ON_AGENDA, "JF-2001-01", null);
  }
}
