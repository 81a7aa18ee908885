package cn.gx.safeduty.kernel;

import java.util.List;

/** Input that passed Bean Validation but fails a rule needing the database; answered with 400 naming the fields. */
public class InvalidFieldsException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidFieldsException(List<FieldProblem> problems) {
    super(FieldProblem.summary(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidFieldsException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
