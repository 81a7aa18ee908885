package cn.gx.safeduty.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlesTest {

  @Test
  void citesArticlesAndItemsTheChineseWay() {
    assertThat(Articles.chinese("19")).isEqualTo("第十九条");
    assertThat(Articles.chinese("20(3)")).isEqualTo("第二十条第（三）项");
    assertThat(Articles.chinese("10")).isEqualTo("第十条");
    assertThat(Articles.chinese("5")).isEqualTo("第五条");
    assertThat(Articles.chinese("28")).isEqualTo("第二十八条");
    assertThat(Articles.chinese(List.of("20(2)", "21", "22"))).isEqualTo("第二十条第（二）项、第二十一条、第二十二条");
  }
}
