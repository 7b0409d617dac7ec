package de.fachkraftimfokus.migration;

/**
 * The engine's migration reports are English: the usual ones in German, with what to do; any other
 * one is passed on after a German lead, so nothing is hidden.
 */
final class German {

  private German() {}

  static String instanceFailure(String failure) {
    if (failure.contains("There is no migration instruction for this instance's activity")) {
      return "die Instanz steht an einer Aktivität, die der Plan keiner Aktivität der neuen Version zuordnet "
          + "(in der neuen Version entfernt oder umbenannt). Eine Zuordnung ergänzen oder die Instanz auf der "
          + "alten Version zu Ende laufen lassen; sie bleibt unverändert.";
    }
    if (failure.contains("The closest mapped ancestor")) {
      return "die umschließende Aktivität (Teilprozess) ist anders zugeordnet als die Aktivität selbst; "
          + "Aktivität und Teilprozess gemeinsam zuordnen.";
    }
    if (failure.contains("Must map the inner activity of a multi-instance body")
        || failure.contains("Cannot remove the inner activity of a multi-instance body")) {
      return "eine Mehrfachinstanz-Aktivität braucht zwei Zuordnungen: die Aktivität und ihren "
          + "Mehrfachinstanz-Rahmen (…#multiInstanceBody).";
    }
    if (failure.contains("Transition instance")) {
      return "die Instanz wartet auf einen asynchronen Schritt (Job); erst ausführen lassen oder die Zuordnung "
          + "auf ein ebenfalls asynchrones Element legen.";
    }
    return "die Engine lehnt den Umzug ab: " + failure;
  }

  static String planFailure(String failure) {
    if (failure.contains("Activities have incompatible types")) {
      return "die beiden Elemente haben verschiedene Typen (z. B. Benutzeraufgabe und Aufrufaktivität) und lassen "
          + "sich nicht aufeinander abbilden.";
    }
    if (failure.contains("There are multiple mappings for source activity")) {
      return "die Quell-Aktivität ist mehrfach zugeordnet; nur eine Zuordnung je Aktivität.";
    }
    if (failure.contains("Events are not of the same type")) {
      return "die Ereignisse sind nicht gleichartig (z. B. Timer und Nachricht).";
    }
    if (failure.contains("which is not an ancestor of target scope") || failure.contains("is mapped to scope")) {
      return "die Aktivität läge in der neuen Version in einem anderen Teilprozess als ihre umschließende "
          + "Aktivität; Teilprozess und Aktivität passend zuordnen.";
    }
    if (failure.contains("Must map the inner activity") || failure.contains("Cannot remove the inner activity")) {
      return "Mehrfachinstanz: Aktivität und ihr Rahmen (…#multiInstanceBody) müssen beide zugeordnet sein.";
    }
    if (failure.contains("does not exist") || failure.contains("not found") || failure.contains("Cannot find")) {
      return "eine der Aktivitäten gibt es in der jeweiligen Version nicht (ID prüfen).";
    }
    return "die Engine lehnt die Zuordnung ab: " + failure;
  }

  static String variableFailure(String failure) {
    return "die Vorgabe lässt sich nicht setzen: " + failure;
  }
}
