package cn.gx.safeduty.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An uploaded file's name is kept only as a harmless name to show. */
class DisplayFileNameTest {

  @Test
  void pathsMarkupControlAndBidiCharactersAreDropped() {
    assertThat(DisplayFileName.of("../../etc/passwd<script>.pdf", ".pdf", "述职报告.pdf")).isEqualTo("passwdscript.pdf");
    assertThat(DisplayFileName.of("C:\\Users\\张三\\述职报告（2026）.PDF", ".pdf", "x.pdf")).isEqualTo("述职报告（2026）.pdf");
    assertThat(DisplayFileName.of("报告\u202Efdp.exe", ".pdf", "x.pdf")).isEqualTo("报告fdp.exe.pdf");
    assertThat(DisplayFileName.of("a\u0000b\nc.pdf", ".pdf", "x.pdf")).isEqualTo("abc.pdf");
    assertThat(DisplayFileName.of("...", ".pdf", "述职报告.pdf")).isEqualTo("述职报告.pdf");
    assertThat(DisplayFileName.of(null, ".pdf", "述职报告.pdf")).isEqualTo("述职报告.pdf");
    assertThat(DisplayFileName.of("长".repeat(300) + ".pdf", ".pdf", "x.pdf")).hasSize(100).endsWith(".pdf");
  }
}
