package cn.gx.safeduty.kernel.policy;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;

/** Makes the DMN engine's FEEL engine: Camunda's, on a FEEL engine that parses each expression once. */
public final class ParsedOnceFeelEngineFactory implements FeelEngineFactory {

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  /** {@code functionProviders} is asked when the engine is made, after the DMN engine has been configured. */
  public ParsedOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    List<FeelCustomFunctionProvider> providers = functionProviders.get();
    return new ParsedOnceScalaFeelEngine(providers != null ? providers : List.of());
  }
}
