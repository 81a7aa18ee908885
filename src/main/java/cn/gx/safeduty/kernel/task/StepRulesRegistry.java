package cn.gx.safeduty.kernel.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The declared steps of every process, and the step rules of those not yet declared step by step,
 * found by process id. They are collected on the first look-up, as the engine is built before them,
 * and kept: every completion asks.
 */
@Component
public class StepRulesRegistry {

  private final ObjectProvider<StepRules> all;
  private final ObjectProvider<StepDeclarations> declared;
  private volatile Map<String, StepRules> byProcess;
  private volatile Map<String, Map<String, Step<?, ?>>> stepsByProcess;

  public StepRulesRegistry(ObjectProvider<StepRules> all, ObjectProvider<StepDeclarations> declared) {
    this.all = all;
    this.declared = declared;
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

  /** The process's steps by task id, when its tasks are declared step by step. */
  public Optional<Map<String, Step<?, ?>>> steps(String processKey) {
    Map<String, Map<String, Step<?, ?>>> steps = stepsByProcess;
    if (steps == null) {
      Map<String, Map<String, Step<?, ?>>> collected = new LinkedHashMap<>();
      declared.orderedStream().forEach(d -> {
        Map<String, Step<?, ?>> byTask = new LinkedHashMap<>();
        d.steps().forEach(step -> {
          if (byTask.put(step.taskKey(), step) != null) {
            throw new IllegalStateException(step.taskKey() + " of " + d.processKey() + " is declared twice");
          }
        });
        if (collected.put(d.processKey(), Map.copyOf(byTask)) != null) {
          throw new IllegalStateException("The steps of " + d.processKey() + " are declared twice");
        }
      });
      steps = Map.copyOf(collected);
      stepsByProcess = steps;
    }
    return Optional.ofNullable(steps.get(processKey));
  }
}
