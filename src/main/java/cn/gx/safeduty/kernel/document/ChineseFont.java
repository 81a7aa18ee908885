package cn.gx.safeduty.kernel.document;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font embedded (subset) in SafeDuty's documents: {@code safeduty.documents.font} if set,
 * else the first TrueType CJK font found in the usual places (Debian's fonts-arphic-uming first,
 * a Ming/Song face suited to official documents).
 */
@Component
public class ChineseFont {

  static final List<String> CANDIDATES = List.of(
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
      "C:/Windows/Fonts/simsun.ttc",
      "/System/Library/Fonts/Supplemental/Songti.ttc");

  private final List<String> candidates;

  public ChineseFont(@Value("${safeduty.documents.font:}") String configured) {
    List<String> paths = new ArrayList<>();
    if (!configured.isBlank()) {
      paths.add(configured);
    }
    paths.addAll(CANDIDATES);
    this.candidates = List.copyOf(paths);
  }

  /** What a document font must be able to set: Chinese, digits, Latin letters, full-width brackets. */
  static final String SAMPLE = "问责决定书第二十条〔〕（）0123456789ABCabc，。";

  /** Loads the font into the document; empty when no candidate exists, loads, or covers {@link #SAMPLE}. */
  public Optional<PDType0Font> load(PDDocument document) {
    for (String path : candidates) {
      File file = new File(path);
      if (!file.isFile()) {
        continue;
      }
      try {
        PDType0Font font;
        if (path.toLowerCase().endsWith(".ttc")) {
          TrueTypeCollection collection = new TrueTypeCollection(file);
          List<TrueTypeFont> fonts = new ArrayList<>();
          collection.processAllFonts(fonts::add);
          if (fonts.isEmpty()) {
            continue;
          }
          font = PDType0Font.load(document, fonts.get(0), true);
        } else {
          font = PDType0Font.load(document, file);
        }
        font.encode(SAMPLE);
        return Optional.of(font);
      } catch (IOException | RuntimeException unusable) {
        // not an embeddable TrueType font, or one lacking glyphs a notice needs: try the next one
      }
    }
    return Optional.empty();
  }

  public List<String> candidates() {
    return candidates;
  }
}
