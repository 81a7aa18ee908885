package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.document.RenderedDocument;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF served inline under its (Chinese) file name, as browsers open it. */
public final class PdfResponses {

  private PdfResponses() {
  }

  public static ResponseEntity<byte[]> inline(RenderedDocument document) {
    return inline(document.fileName(), document.pdf());
  }

  public static ResponseEntity<byte[]> inline(String fileName, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition",
            ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(pdf);
  }
}
