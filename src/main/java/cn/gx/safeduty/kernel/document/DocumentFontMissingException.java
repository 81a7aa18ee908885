package cn.gx.safeduty.kernel.document;

import java.util.List;

/** No Chinese font to embed in a document; answered with 503 and what to install or configure. */
public class DocumentFontMissingException extends RuntimeException {

  public DocumentFontMissingException(List<String> tried) {
    super("No Chinese TrueType font to embed in documents. Install Debian's fonts-arphic-uming (and fonts-arphic-ukai, "
        + "fonts-wqy-zenhei for 楷体 and 黑体) or set safeduty.documents.font or safeduty.documents.fonts.* to "
        + ".ttf/.ttc files. Tried: " + String.join(", ", tried));
  }
}
