package de.fachkraftimfokus.notification;

/** A file sent with a mail (the Jour fixe's minutes as PDF). */
public record Attachment(String fileName, String contentType, byte[] content) {

  public Attachment {
    if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
      throw new IllegalArgumentException("Anhang ohne Namen oder Inhalt");
    }
  }
}
