package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.support.Browser;
import org.openqa.selenium.By;

/** Tasklist's start form of a Beratungsfall in a real browser, filled as a Regiocoach Harz fills it. */
public final class AdvisoryCaseStartForm {

  private AdvisoryCaseStartForm() {}

  /**
   * Opens the start form through „Prozess starten“ and fills every field for a company in Harz,
   * consent to pass the contact on included. Leaves the form open: the caller checks it and clicks
   * *Start*.
   */
  public static void fill(Browser browser, String company, String inquiry) {
    browser.startProcess("Beratungsfall", "Neuer Beratungsfall");
    browser.type("Name des Unternehmens", company);
    browser.type("Postleitzahl", "38855");
    browser.search("Landkreis / kreisfreie Stadt", "Harz", "Harz");
    browser.search("Branche (WZ 2008, Abschnitt)", "Verarbeitendes", "C – Verarbeitendes Gewerbe");
    browser.choose("Größe (Beschäftigte)", "10–49 Beschäftigte");
    browser.type("Ansprechperson", "Maria Muster");
    browser.type("E-Mail der Ansprechperson", "m.muster@example.org");
    browser.choose("Quelle der Anfrage", "Anfrage des Unternehmens");
    browser.type("Kurzbeschreibung der Anfrage", inquiry);
    browser.click(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//input[@type='checkbox']"));
  }
}
