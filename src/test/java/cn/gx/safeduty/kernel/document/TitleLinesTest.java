package cn.gx.safeduty.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles break where a phrase begins, the lines as even as that allows, never inside a word. */
class TitleLinesTest {

  @Test
  void aShortTitleStaysOnOneLine() {
    assertThat(TitleLines.TEMPLATES.lines("关于对王明同志问责的决定")).containsExactly("关于对王明同志问责的决定");
  }

  @Test
  void aLongTitleBreaksBeforeAPhraseWithEvenLines() {
    assertThat(TitleLines.TEMPLATES.lines("关于对南宁市江南区开展2026年度安全生产巡查的通知"))
        .containsExactly("关于对南宁市江南区", "开展2026年度安全生产巡查的通知");
    assertThat(TitleLines.TEMPLATES.lines("关于2026年度党政领导干部安全生产工作考核结果的通报"))
        .containsExactly("关于2026年度党政领导干部", "安全生产工作考核结果的通报");
    assertThat(TitleLines.TEMPLATES.lines("关于对广西壮族自治区某某县某某同志不予追究责任的决定"))
        .allSatisfy(line -> assertThat(TitleLines.width(line)).isLessThanOrEqualTo(20));
  }
}
