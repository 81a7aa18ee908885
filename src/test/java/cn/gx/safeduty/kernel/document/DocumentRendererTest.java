package cn.gx.safeduty.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.OfficialPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared frame of an official document (GB/T 9704-2012) around a shipped template, without Spring:
 * the 版头, 28 characters a line, page numbers on alternating sides, the 版记 at the foot of the last page,
 * the signature never alone; an operator's template in place of a shipped one; no font, a clear error.
 */
class DocumentRendererTest {

  final DocumentFonts fonts = DocumentFonts.defaults();

  static final List<String> ORGANS = List.of("中共广西壮族自治区纪律检查委员会", "广西壮族自治区监察委员会");

  static OfficialDocument frame() {
    return new OfficialDocument(ORGANS, "桂纪发〔2026〕13号", false, List.of("中共南宁市委员会", "南宁市人民政府"),
        LocalDate.of(2026, 11, 29), List.of(), List.of("广西壮族自治区应急管理厅", "中共广西壮族自治区委员会组织部"),
        "中共广西壮族自治区纪律检查委员会办公厅", LocalDate.of(2026, 11, 29));
  }

  /** A notice long enough to run over pages: many sentences of facts. */
  static Map<String, Object> notice(int factLines) {
    Map<String, Object> data = new HashMap<>();
    data.put("title", "关于对王明同志问责的决定");
    data.put("subject", "王明同志，现任南宁市副市长（分管安全生产）。");
    List<String> facts = new ArrayList<>();
    IntStream.range(0, factLines).forEach(i -> facts.add("经查，王明同志未按规定督促有关部门落实重大事故隐患整改，"
        + "对本地区发生的较大生产安全事故负有重要领导责任，相关问题在督查督办中多次被指出仍未整改到位。"));
    data.put("facts", facts);
    data.put("weighing", List.of("中共广西壮族自治区纪律检查委员会审查认为，王明同志的岗位职责为分管安全生产，履职情况为督查不到位，履职条件为人员不足。"));
    data.put("articles", "依据《广西壮族自治区党政领导干部安全生产责任制实施细则》第二十条、第二十一条，经研究，作出如下决定：");
    data.put("measures", List.of("依据《中国共产党纪律处分条例》第八条，中共广西壮族自治区纪律检查委员会决定给予王明同志党内警告处分。"));
    data.put("restriction", "自2026年11月29日至2027年11月28日，取消考核评优和评选各类先进资格（第二十二条）。");
    data.put("referral", null);
    data.put("remedyHeading", "四、申诉");
    data.put("remedies", List.of("王明同志如对决定不服，可以自收到本决定书之日起1个月内提出书面申诉。", "申诉期间，不停止本决定的执行。"));
    return data;
  }

  void assumeFont() {
    assumeTrue(fonts.available(), "no Chinese font on this machine (CI installs fonts-arphic-uming)");
  }

  @Test
  void theFrameIsTheStandardsOverPages() throws IOException {
    DocumentRenderer renderer = new DocumentRenderer(fonts, "");
    Map<String, Object> escaped = notice(1);
    escaped.put("subject", "王明 & <附件>");
    String html = renderer.html("decision-notice", frame(), escaped);
    assertThat(html).contains("class=\"head\"", "桂纪发〔2026〕13号", "王明 &amp; &lt;附件&gt;", "class=\"signature\"",
        "class=\"record\"", "抄送：广西壮族自治区应急管理厅，中共广西壮族自治区委员会组织部。", "2026年11月29日印发");
    assumeFont();
    for (int lines : List.of(3, 18, 26)) {
      byte[] pdf = renderer.pdf("decision-notice", frame(), notice(lines));
      OfficialPdf read = OfficialPdf.read(pdf).isOfficialFrom(ORGANS);
      assertThat(read.number()).isEqualTo("桂纪发〔2026〕13号");
      // a paragraph's inner lines hold 28 characters, as GB/T 9704 sets the text area
      assertThat(read.pages().get(0)).as(read.pages().get(0).toString())
          .anySatisfy(line -> assertThat(line.replaceAll("\\s", "")).hasSize(28));
      if (lines == 26) {
        Files.write(Path.of("target/official-document-sample.pdf"), pdf);
        assertThat(read.pages()).hasSizeGreaterThan(2);
      }
    }
  }

  @Test
  void aNumberUnderAnUnconfirmedCodeSaysSo() {
    OfficialDocument guess = new OfficialDocument(ORGANS, "南应急发〔2026〕1号", true, List.of(), LocalDate.of(2026, 1, 5),
        List.of(), List.of(), "南宁市应急管理局办公室", LocalDate.of(2026, 1, 5));
    assertThat(new DocumentRenderer(fonts, "").html("decision-notice", guess, notice(1)))
        .contains("南应急发〔2026〕1号", "（机关代字待确认）").doesNotContain("抄送");
  }

  @Test
  void anOperatorsTemplateTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("not-pursued-notice.html"), """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org"><head><meta charset="UTF-8"/>
        <style th:replace="~{official-document :: style}"></style></head>
        <body><div th:replace="~{official-document :: head}"></div><h1>不予追究决定书（本地格式）</h1>
        <p th:text="${subject}">谁</p></body></html>""");
    DocumentRenderer renderer = new DocumentRenderer(fonts, dir.toString());
    Map<String, Object> data = Map.of("subject", "王明同志");
    assertThat(renderer.html("not-pursued-notice", frame(), data)).contains("本地格式", "王明同志", "@page",
        "桂纪发〔2026〕13号");
    assertThat(renderer.html("decision-notice", frame(), notice(1))).as("the others stay as shipped")
        .contains("四、申诉");
  }

  @Test
  void withoutAFontTheDocumentSaysWhatToInstall() {
    DocumentFonts none = new DocumentFonts("/nonexistent/font.ttf", "", "", "", "") {
      @Override
      public Map<Role, org.apache.pdfbox.pdmodel.font.PDType0Font> load(org.apache.pdfbox.pdmodel.PDDocument document) {
        throw new DocumentFontMissingException(candidates(Role.BODY));
      }
    };
    assertThatThrownBy(() -> new DocumentRenderer(none, "").pdf("decision-notice", frame(), notice(1)))
        .isInstanceOf(DocumentFontMissingException.class).hasMessageContaining("fonts-arphic-uming");
  }
}
