package cn.gx.safeduty.kernel.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What an engine command brings into a user task: every way of completing it, resolving it,
 * throwing at it, or writing its variables. The engine keeps these in the commands' fields, which
 * it offers no getters for; they are read here, in one place, for the submission guard.
 */
record TaskSubmission(Way way, String taskId, Map<String, Object> variables) {

  enum Way {
    COMPLETE, SUBMIT_FORM, RESOLVE, BPMN_ERROR, ESCALATION, WRITE_VARIABLES;

    boolean completes() {
      return this == COMPLETE || this == SUBMIT_FORM;
    }
  }

  /** The submission a command carries, or null for a command that brings nothing into a task. */
  static TaskSubmission of(Command<?> command) {
    if (command instanceof ResolveTaskCmd) {
      return new TaskSubmission(Way.RESOLVE, read(command, CompleteTaskCmd.class, "taskId"),
          variables(read(command, CompleteTaskCmd.class, "variables")));
    }
    if (command instanceof CompleteTaskCmd) {
      return new TaskSubmission(Way.COMPLETE, read(command, CompleteTaskCmd.class, "taskId"),
          variables(read(command, CompleteTaskCmd.class, "variables")));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return new TaskSubmission(Way.SUBMIT_FORM, read(command, SubmitTaskFormCmd.class, "taskId"),
          variables(read(command, SubmitTaskFormCmd.class, "properties")));
    }
    if (command instanceof HandleTaskBpmnErrorCmd) {
      return new TaskSubmission(Way.BPMN_ERROR, read(command, HandleTaskBpmnErrorCmd.class, "taskId"),
          variables(read(command, HandleTaskBpmnErrorCmd.class, "variables")));
    }
    if (command instanceof HandleTaskEscalationCmd) {
      return new TaskSubmission(Way.ESCALATION, read(command, HandleTaskEscalationCmd.class, "taskId"),
          variables(read(command, HandleTaskEscalationCmd.class, "variables")));
    }
    if (command instanceof SetTaskVariablesCmd) {
      return new TaskSubmission(Way.WRITE_VARIABLES, read(command, AbstractVariableCmd.class, "entityId"),
          variables(read(command, AbstractSetVariableCmd.class, "variables")));
    }
    if (command instanceof RemoveTaskVariablesCmd) {
      return new TaskSubmission(Way.WRITE_VARIABLES, read(command, AbstractVariableCmd.class, "entityId"),
          names(read(command, AbstractRemoveVariableCmd.class, "variableNames")));
    }
    if (command instanceof PatchTaskVariablesCmd) {
      Map<String, Object> touched = variables(read(command, AbstractPatchVariablesCmd.class, "variables"));
      touched.putAll(names(read(command, AbstractPatchVariablesCmd.class, "deletions")));
      return new TaskSubmission(Way.WRITE_VARIABLES, read(command, AbstractPatchVariablesCmd.class, "entityId"),
          touched);
    }
    return null;
  }

  private static Map<String, Object> variables(Object map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (map instanceof VariableMap typed) {
      typed.keySet().forEach(name -> copy.put(name, typed.getValueTyped(name)));
    } else if (map instanceof Map<?, ?> given) {
      given.forEach((name, value) -> copy.put(String.valueOf(name), value));
    }
    return copy;
  }

  private static Map<String, Object> names(Object names) {
    Map<String, Object> touched = new LinkedHashMap<>();
    if (names instanceof Collection<?> given) {
      given.forEach(name -> touched.put(String.valueOf(name), null));
    }
    return touched;
  }

  private static <T> T read(Object command, Class<?> declaring, String name) {
    return CommandFields.read(command, declaring, name);
  }
}
