package cn.gx.safeduty.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped notice templates laid out as PDF, an operator's template in their place, and no font → a clear error. */
class DocumentRendererTest {

  final ChineseFont fonts = new ChineseFont("");

  static Map<String, Object> decision() {
    Map<String, Object> data = new HashMap<>();
    data.put("caseNumber", "问责〔2026〕0007");
    data.put("organs", List.of("纪检监察机关", "组织部门"));
    data.put("cadre", "王明，南宁市 副市长（安全生产分管负责人，在任）");
    data.put("ground", "第二十条第一项：未履行安全生产职责");
    data.put("summary", "督查整改不力 & 未按期报告 <见附件>");
    data.put("facts", List.of("全面履行职责（第二十五条）：否", "造成严重社会影响（第二十三条）：否"));
    data.put("source", "问题来源：巡查 巡查〔2026〕0001；未履行或未充分履行的职责：第五条第（二）项");
    data.put("duties", List.of(
        Map.of("organ", "纪检监察机关", "postDuties", "分管安全生产", "dutyPerformance", "督查不到位",
            "dutyConditions", "人员不足", "reasons", "违反党的纪律"),
        Map.of("organ", "组织部门", "postDuties", "分管安全生产", "dutyPerformance", "督查不到位",
            "dutyConditions", "人员不足", "reasons", "不宜继续担任现职")));
    data.put("articles", "第二十条、第二十一条");
    data.put("recommended", "诫勉");
    data.put("measures", List.of("给予处分（党纪处分：党内警告），由纪检监察机关决定。", "给予诫勉，由组织部门决定。"));
    data.put("appeals", List.of());
    data.put("restriction", "自2026年11月29日至2027年5月28日，取消考核评优和评选各类先进资格（第二十二条）。");
    data.put("appealWindow", "1个月");
    data.put("date", "2026年11月29日");
    return data;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  void assumeFont() throws IOException {
    try (PDDocument probe = new PDDocument()) {
      assumeTrue(fonts.load(probe).isPresent(), "no Chinese font on this machine (CI installs fonts-arphic-uming)");
    }
  }

  @Test
  void theDecisionNoticeReadsLikeAnOfficialDocument() throws IOException {
    DocumentRenderer renderer = new DocumentRenderer(fonts, "");
    String html = renderer.html("decision-notice", decision());
    assertThat(html).contains("class=\"letterhead\"", "问责〔2026〕0007号", "&amp; 未按期报告 &lt;见附件&gt;",
        "class=\"signature\"", "申诉期间，不停止本决定的执行", "问题来源：巡查 巡查〔2026〕0001");
    assumeFont();
    byte[] pdf = renderer.pdf("decision-notice", decision());
    Files.write(Path.of("target/decision-notice-sample.pdf"), pdf);
    String text = text(pdf);
    assertThat(text).contains("问责决定书", "问责〔2026〕0007号", "给予诫勉", "由组织部门决定", "纪检监察机关决定",
        "2026年11月29日", "第二十七条", "五、申诉", "纪检监察机关认定", "组织部门决定理由");
  }

  @Test
  void afterAnAppealTheNoticeHasNoAppealSection() {
    Map<String, Object> data = decision();
    data.put("appealWindow", null);
    data.put("restriction", null);
    String html = new DocumentRenderer(fonts, "").html("decision-notice", data);
    assertThat(html).doesNotContain("五、申诉", "取消考核评优");
  }

  @Test
  void anOperatorsTemplateTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("not-pursued-notice.html"), """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org"><head><meta charset="UTF-8"/>
        <style th:replace="~{official-document :: style}"></style></head>
        <body><h1>不予追究决定书（本地格式）</h1><p th:text="${caseNumber}">号</p></body></html>""");
    DocumentRenderer renderer = new DocumentRenderer(fonts, dir.toString());
    Map<String, Object> data = Map.of("caseNumber", "问责〔2026〕0008", "organs", List.of("应急管理部门"));
    assertThat(renderer.html("not-pursued-notice", data)).contains("本地格式", "问责〔2026〕0008", "@page");
    assertThat(renderer.html("decision-notice", decision())).as("the others stay as shipped").contains("五、申诉");
  }

  @Test
  void withoutAFontTheDocumentSaysWhatToInstall() {
    ChineseFont none = new ChineseFont("/nonexistent/font.ttf") {
      @Override
      public Optional<PDType0Font> load(PDDocument document) {
        return Optional.empty();
      }
    };
    assertThatThrownBy(() -> new DocumentRenderer(none, "").pdf("decision-notice", decision()))
        .isInstanceOf(DocumentFontMissingException.class).hasMessageContaining("fonts-arphic-uming");
  }
}
