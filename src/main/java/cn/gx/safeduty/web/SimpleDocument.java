package cn.gx.safeduty.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 documents of headings and paragraphs in Chinese, laid out line by line with PDFBox: CJK text
 * breaks between any two characters, so lines wrap by measured width.
 */
public final class SimpleDocument implements AutoCloseable {

  private static final float MARGIN = 72;
  private static final float BODY_SIZE = 12;
  private static final float LEADING = 1.6f;
  /** Punctuation that Chinese typesetting never puts at the start of a line; it hangs in the margin instead. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’…,.;:?!)";

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private PDPageContentStream stream;
  private float y;

  public SimpleDocument(ChineseFont fonts) {
    PDType0Font loaded = fonts.load(document).orElse(null);
    if (loaded == null) {
      close();
      throw new DocumentFontMissingException(fonts.candidates());
    }
    this.font = loaded;
  }

  public SimpleDocument title(String text) {
    return line(text, 20, true);
  }

  public SimpleDocument centered(String text) {
    return line(text, BODY_SIZE, true);
  }

  public SimpleDocument heading(String text) {
    gap();
    return paragraph(text, 14);
  }

  public SimpleDocument paragraph(String text) {
    return paragraph(text, BODY_SIZE);
  }

  public SimpleDocument gap() {
    y -= BODY_SIZE;
    return this;
  }

  private SimpleDocument paragraph(String text, float size) {
    for (String hardLine : printable(text == null ? "" : text).split("\n")) {
      for (String line : wrap(hardLine, size)) {
        line(line, size, false);
      }
    }
    return this;
  }

  /** The text with every character the font cannot set replaced by 〓 (so a rare name never breaks a document). */
  private String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      try {
        if (cp != '\n') {
          font.encode(ch);
        }
        out.append(ch);
      } catch (IOException | IllegalArgumentException missing) {
        out.append('〓');
      }
    });
    return out.toString();
  }

  private SimpleDocument line(String text, float size, boolean centered) {
    text = printable(text);
    try {
      ensureRoom(size);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      float x = MARGIN + (centered ? (width - font.getStringWidth(text) / 1000 * size) / 2 : 0);
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(text);
      stream.endText();
      y -= size * LEADING;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size) {
    try {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        boolean mayStartLine = NO_LINE_START.indexOf(cp) < 0;
        if (font.getStringWidth(current + ch) / 1000 * size > width && current.length() > 0 && mayStartLine) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.append(ch);
        i += Character.charCount(cp);
      }
      lines.add(current.toString());
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureRoom(float size) throws IOException {
    if (stream == null || y < MARGIN + size) {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }
  }

  public byte[] toPdf(String title) {
    try {
      if (stream != null) {
        stream.close();
        stream = null;
      }
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setCreator("SafeDuty 安全生产责任制管理");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
