package cn.gx.safeduty.kernel.document;

import java.util.List;

/** No Chinese font to embed in a document; answered with 503 and what to install or configure. */
public class DocumentFontMissingException extends RuntimeException {

  public DocumentFontMissingException(List<String> tried) {
    super("No Chinese TrueType font to embed in documents. Install Debian's fonts-arphic-uming or set "
        + "safeduty.documents.font to a .ttf/.ttc file. Tried: " + String.join(", ", tried));
  }
}
