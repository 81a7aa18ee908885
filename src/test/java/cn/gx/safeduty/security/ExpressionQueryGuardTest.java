package cn.gx.safeduty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExpressionQueryGuardTest {

  final ExpressionQueryGuard guard = new ExpressionQueryGuard(null);

  @Test
  void findsExpressionsInQueryParametersHoweverEncoded() {
    assertThat(ExpressionQueryGuard.offendingParameter("a=1&assigneeExpression=%24%7Bx%7D")).hasValue("assigneeExpression");
    assertThat(ExpressionQueryGuard.offendingParameter("name=%23%7Bx%7D")).hasValue("name");
    assertThat(ExpressionQueryGuard.offendingParameter("%24%7Bkey%7D=1")).hasValue("${key}");
    assertThat(ExpressionQueryGuard.offendingParameter("name=%2")).isEmpty();
    assertThat(ExpressionQueryGuard.offendingParameter("name=cost+%24+100&x={y}")).isEmpty();
    assertThat(ExpressionQueryGuard.offendingParameter(null)).isEmpty();
  }

  @Test
  void findsExpressionsAnywhereInAJsonBody() {
    assertThat(body("{\"orQueries\":[{\"a\":1},{\"nested\":{\"list\":[\"ok\",\"#{bad}\"]}}]}", "application/json"))
        .isEqualTo("orQueries[1].nested.list[1]");
    assertThat(body("{\"\\u0024{key}\":1}", "application/json")).isEqualTo("${key}");
    assertThat(body("{\"name\":\"\\u0024\\u007bx}\"}", "application/json")).isEqualTo("name");
    assertThat(body("\"${top}\"", "application/json")).isEqualTo("body");
    assertThat(body("{\"name\":\"$ {not}\",\"n\":5}", "application/json")).isNull();
  }

  @Test
  void readsFormBodiesAsParametersAndOtherTextRaw() {
    assertThat(body("a=%24%7Bx%7D", "application/x-www-form-urlencoded")).isEqualTo("a");
    assertThat(body("not json ${x}", "text/plain")).isEqualTo("body");
    assertThat(body("not json", "text/plain")).isNull();
  }

  private String body(String text, String contentType) {
    return guard.offendingBodyField(text.getBytes(StandardCharsets.UTF_8), contentType).orElse(null);
  }
}
