package de.fachkraftimfokus.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML to PDF (openhtmltopdf): the last step of {@link DocumentTemplates#pdf}. */
final class HtmlToPdf {

  private HtmlToPdf() {}

  static byte[] render(String xhtml, String documentName) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(documentName + ": PDF nicht erzeugt", e);
    }
  }
}
