package cn.gx.safeduty.kernel.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The step rules of every procedure, found by process id. They are collected on the first look-up,
 * as the engine is built before them, and kept: every completion asks.
 */
@Component
public class StepRulesRegistry {

  private final ObjectProvider<StepRules> all;
  private volatile Map<String, StepRules> byProcess;

  public StepRulesRegistry(ObjectProvider<StepRules> all) {
    this.all = all;
  }

  public Optional<StepRules> find(String processKey) {
    Map<String, StepRules> rules = byProcess;
    if (rules == null) {
      Map<String, StepRules> collected = new LinkedHashMap<>();
      all.orderedStream().forEach(r -> collected.putIfAbsent(r.processKey(), r));
      rules = Map.copyOf(collected);
      byProcess = rules;
    }
    return Optional.ofNullable(rules.get(processKey));
  }
}
