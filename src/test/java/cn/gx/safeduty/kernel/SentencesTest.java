package cn.gx.safeduty.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text set into generated sentences keeps one punctuation mark where the sentence puts its own. */
class SentencesTest {

  @Test
  void theTextLosesWhatItEndedWith() {
    assertThat(Sentences.open("全年未召开常委会。")).isEqualTo("全年未召开常委会");
    assertThat(Sentences.open("已移送；  ")).isEqualTo("已移送");
    assertThat(Sentences.closed("已全面履职，")).isEqualTo("已全面履职。");
    assertThat(Sentences.closed("是否属实？")).isEqualTo("是否属实？");
    assertThat(Sentences.closed(null)).isEmpty();
    assertThat(Sentences.open("依规则建议给予诫勉。") + "；建议改为免职").doesNotContain("。；");
  }
}
