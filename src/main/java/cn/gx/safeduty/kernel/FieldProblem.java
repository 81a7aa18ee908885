package cn.gx.safeduty.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Collectors;

/** One invalid field of a request; {@code row} is set for problems in an uploaded file (1 = first data row). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer row, String field, String message) {

  public FieldProblem(String field, String message) {
    this(null, field, message);
  }

  public static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> (p.row() != null ? "row " + p.row() + ": " : "") + p.field() + " " + p.message())
        .collect(Collectors.joining("; "));
  }
}
