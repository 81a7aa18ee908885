package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;

/** A fault of the server answers as problem+json saying nothing of what failed; a refusal stays Spring Security's. */
class UnexpectedErrorTest {

  final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void aFaultSaysNothingOfItsCause() {
    ProblemDetail problem = handler.unexpected(new org.springframework.jdbc.BadSqlGrammarException("list",
        "SELECT secret FROM cadre", new java.sql.SQLException("syntax")));
    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail()).contains("系统暂时无法完成此操作").doesNotContain("SELECT", "cadre", "Exception");
  }

  @Test
  void aRefusalIsLeftToSpringSecurity() {
    assertThatThrownBy(() -> handler.unexpected(new AccessDeniedException("no"))).isInstanceOf(AccessDeniedException.class);
  }
}
