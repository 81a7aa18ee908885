package cn.gx.safeduty.kernel.policy;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.valuemapper.ValueMapper;

/** Camunda's FEEL integration for DMN, on a FEEL engine that parses each expression once. */
public final class ParsedOnceScalaFeelEngine extends ScalaFeelEngine {

  ParsedOnceScalaFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, ValueMapper.CompositeValueMapper valueMapper) {
    return new ParsedOnceFeelEngine(functions, valueMapper);
  }
}
