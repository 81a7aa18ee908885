package cn.gx.safeduty.kernel.policy;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the FEEL engine that parses each cell of the policy tables once
 * ({@link ParsedOnceFeelEngine}); everything else about DMN — history, the expression languages,
 * custom functions — stays as the engine sets it up. With FEEL's legacy behaviour switched on the
 * engine keeps its own (older) FEEL engine.
 */
@Component
public class ParsedOnceFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(configuration::getDmnFeelCustomFunctionProviders));
    configuration.setDmnEngineConfiguration(dmn);
  }
}
