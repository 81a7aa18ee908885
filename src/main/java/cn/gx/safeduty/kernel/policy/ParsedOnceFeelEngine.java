package cn.gx.safeduty.kernel.policy;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The FEEL engine Camunda's DMN engine builds, except that each expression of a decision table is
 * parsed once, not on every evaluation: the stock engine parses every cell it looks at each time a
 * table is evaluated, which was a sixth of an accountability case's CPU time. Evaluation itself is
 * the stock engine's. A parsed expression is an immutable tree, so one serves every thread. The
 * policy tables' cells are the only expressions, so the cache stays small; past {@link #LIMIT}
 * distinct expressions (a table rewritten many times over without a restart) it parses as before.
 */
final class ParsedOnceFeelEngine extends FeelEngine {

  static final int LIMIT = 10_000;

  private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
  private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

  ParsedOnceFeelEngine(FunctionProvider functions, ValueMapper valueMapper) {
    // as Camunda's ScalaFeelEngine configures its engine: no external (Java) functions, the system clock
    super(functions, valueMapper, new FeelEngine.Configuration(false), FeelEngineClock.SystemClock$.MODULE$);
  }

  @Override
  public Either<Failure, ParsedExpression> parseExpression(String expression) {
    return parsedOnce(expressions, expression, super::parseExpression);
  }

  @Override
  public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
    return parsedOnce(unaryTests, expression, super::parseUnaryTests);
  }

  private static Either<Failure, ParsedExpression> parsedOnce(Map<String, Either<Failure, ParsedExpression>> cache,
      String expression, java.util.function.Function<String, Either<Failure, ParsedExpression>> parse) {
    Either<Failure, ParsedExpression> parsed = cache.get(expression);
    if (parsed != null) {
      return parsed;
    }
    parsed = parse.apply(expression);
    if (cache.size() < LIMIT) {
      cache.put(expression, parsed);
    }
    return parsed;
  }
}
