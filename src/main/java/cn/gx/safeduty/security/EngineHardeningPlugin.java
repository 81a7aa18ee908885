package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.task.LongTextSerializer;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * What the engine does differently from Camunda's defaults: who manages accounts, which Object
 * variables it stores, where it keeps texts too long for its text column, who touches its jobs.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new AdministeredAccounts());
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new ObjectVariableTypes());
    serializers.add(1, new LongTextSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setCustomPostCommandInterceptorsTxRequired(withJobGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(withJobGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withJobGuard(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new JobOperationGuard());
    return interceptors;
  }
}
