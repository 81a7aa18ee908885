package cn.gx.safeduty.kernel.task;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The step rules of every procedure, found by process id; looked up lazily, as the engine is built before them. */
@Component
public class StepRulesRegistry {

  private final ObjectProvider<StepRules> all;

  public StepRulesRegistry(ObjectProvider<StepRules> all) {
    this.all = all;
  }

  public Optional<StepRules> find(String processKey) {
    return all.orderedStream().filter(r -> r.processKey().equals(processKey)).findFirst();
  }
}
