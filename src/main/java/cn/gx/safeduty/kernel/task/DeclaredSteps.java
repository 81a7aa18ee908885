package cn.gx.safeduty.kernel.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The declared steps of every process, found by process id and task id. They are collected on the
 * first look-up, as the engine is built before them, and kept: every completion asks.
 */
@Component
public class DeclaredSteps {

  private final ObjectProvider<StepDeclarations> declared;
  private volatile Map<String, Map<String, Step<?, ?>>> stepsByProcess;

  public DeclaredSteps(ObjectProvider<StepDeclarations> declared) {
    this.declared = declared;
  }

  /** The process's steps by task id; empty for a process SafeDuty does not declare (none of its models). */
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
