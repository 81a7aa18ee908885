package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SimpleDocumentTest {

  final ChineseFont fonts = new ChineseFont("");

  @Test
  void aCharacterTheFontLacksDoesNotBreakTheDocument() throws Exception {
    try (PDDocument probe = new PDDocument()) {
      assumeTrue(fonts.load(probe).isPresent(), "no Chinese font on this machine (CI installs fonts-arphic-uming)");
    }
    byte[] pdf;
    try (SimpleDocument doc = new SimpleDocument(fonts)) {
      pdf = doc.title("测试文书").paragraph("姓名：王\uD840\uDC00明；" + "长".repeat(200)).toPdf("测试");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("测试文书", "姓名：王");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void withoutAFontTheDocumentSaysWhatToInstall() {
    ChineseFont none = new ChineseFont("/nonexistent/font.ttf") {
      @Override
      public java.util.Optional<org.apache.pdfbox.pdmodel.font.PDType0Font> load(PDDocument document) {
        return java.util.Optional.empty();
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SimpleDocument(none))
        .isInstanceOf(DocumentFontMissingException.class).hasMessageContaining("fonts-arphic-uming");
  }
}
