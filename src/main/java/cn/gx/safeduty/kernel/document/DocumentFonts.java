package cn.gx.safeduty.kernel.document;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts GB/T 9704-2012 names for each role in a document, embedded (subset) in every PDF: the one
 * an operator configures per role ({@code safeduty.documents.fonts.*}, e.g. 方正小标宋 for titles, 仿宋 for
 * the body), else {@code safeduty.documents.font}, else free fonts PDFBox can embed — TrueType outlines;
 * Debian's Noto CJK (CFF outlines) cannot be. No free 仿宋 or 小标宋 exists: AR PL UMing, a Ming face,
 * stands in for both.
 */
@Component
public class DocumentFonts {

  /** A role of type in an official document, with the CSS family templates name it by. */
  public enum Role {
    /** 小标宋: the organ mark and the title */
    TITLE("SafeDutyTitle", List.of(Defaults.UMING)),
    /** 仿宋: the body */
    BODY("SafeDutyBody", List.of(Defaults.UMING)),
    /** 黑体: first-level headings */
    HEADING("SafeDutyHeading", List.of(Defaults.ZENHEI, Defaults.UMING)),
    /** 楷体: second-level headings */
    KAI("SafeDutyKai", List.of(Defaults.UKAI, Defaults.UMING));

    private final String family;
    private final List<String> defaults;

    Role(String family, List<String> defaults) {
      this.family = family;
      this.defaults = defaults;
    }

    public String family() {
      return family;
    }
  }

  private static final class Defaults {
    static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc";
    static final String UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc";
    static final String ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    static final List<String> ELSEWHERE = List.of(
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "C:/Windows/Fonts/simsun.ttc",
        "/System/Library/Fonts/Supplemental/Songti.ttc");
  }

  /** What a document font must be able to set: Chinese, digits, Latin letters, full-width brackets. */
  static final String SAMPLE = "问责决定书第二十条〔〕（）0123456789ABCabc，。—";

  private final Map<Role, List<String>> candidates = new EnumMap<>(Role.class);

  public DocumentFonts(@Value("${safeduty.documents.font:}") String general,
      @Value("${safeduty.documents.fonts.title:}") String title, @Value("${safeduty.documents.fonts.body:}") String body,
      @Value("${safeduty.documents.fonts.heading:}") String heading, @Value("${safeduty.documents.fonts.kai:}") String kai) {
    Map<Role, String> byRole = new EnumMap<>(Map.of(Role.TITLE, title, Role.BODY, body, Role.HEADING, heading,
        Role.KAI, kai));
    for (Role role : Role.values()) {
      LinkedHashSet<String> paths = new LinkedHashSet<>();
      if (!byRole.get(role).isBlank()) {
        paths.add(byRole.get(role));
      }
      if (!general.isBlank()) {
        paths.add(general);
      }
      paths.addAll(role.defaults);
      paths.add(Defaults.ZENHEI);
      paths.addAll(Defaults.ELSEWHERE);
      candidates.put(role, List.copyOf(paths));
    }
  }

  /** The free fonts for every role (tests, tools). */
  public static DocumentFonts defaults() {
    return new DocumentFonts("", "", "", "", "");
  }

  /** The fonts as loaded into a document, one per role; a file used by several roles is loaded once. */
  public Map<Role, PDType0Font> load(PDDocument document) {
    Map<String, Optional<PDType0Font>> loaded = new HashMap<>();
    Map<Role, PDType0Font> fonts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      for (String path : candidates.get(role)) {
        Optional<PDType0Font> font = loaded.computeIfAbsent(path, p -> load(document, p));
        if (font.isPresent()) {
          fonts.put(role, font.get());
          break;
        }
      }
      if (!fonts.containsKey(role)) {
        throw new DocumentFontMissingException(candidates.get(role));
      }
    }
    return fonts;
  }

  /** The files tried for a role, in order. */
  public List<String> candidates(Role role) {
    return candidates.get(role);
  }

  /** Whether some font can set the body (the others fall back to what the body's does). */
  public boolean available() {
    try (PDDocument probe = new PDDocument()) {
      return candidates.get(Role.BODY).stream().anyMatch(path -> load(probe, path).isPresent());
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<PDType0Font> load(PDDocument document, String path) {
    File file = new File(path);
    if (!file.isFile()) {
      return Optional.empty();
    }
    try {
      PDType0Font font;
      if (path.toLowerCase().endsWith(".ttc")) {
        TrueTypeCollection collection = new TrueTypeCollection(file);
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        if (faces.isEmpty()) {
          return Optional.empty();
        }
        font = PDType0Font.load(document, faces.get(0), true);
      } else {
        font = PDType0Font.load(document, file);
      }
      font.encode(SAMPLE);
      return Optional.of(font);
    } catch (IOException | RuntimeException unusable) {
      // not an embeddable TrueType font, or one lacking glyphs a document needs: try the next one
      return Optional.empty();
    }
  }
}
