package cn.gx.safeduty.support;

import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * A bare engine for one model's routing, in seconds: every sequence flow taken is counted, so a test
 * class can hold that each branch of its model — every outgoing flow of a gateway or a boundary
 * event, listed from the model itself — was walked. Delegates and beans are stand-ins the test
 * registers; the step listener sets what each step's rules would write ({@link #outcome}).
 */
public final class RoutingEngine {

  private static final Map<String, Set<String>> TAKEN = new ConcurrentHashMap<>();
  private static final String FIRED = "fired:";

  private final Map<String, Map<String, Object>> outcomes = new HashMap<>();

  /** Builds the engine once per test class; the flows it takes are counted under its name. */
  public static ProcessEngine build(String name) {
    Set<String> taken = TAKEN.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet());
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        transition.addExecutionListener(execution -> taken.add(transition.getId()));
      }

      /** An event-based gateway takes no flow: the event that fires counts as its branch walked. */
      @Override
      public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ExecutionListener fired = execution -> taken.add(FIRED + activity.getId());
        activity.addListener(ExecutionListener.EVENTNAME_START, fired);
        activity.addListener(ExecutionListener.EVENTNAME_END, fired);
      }
    })));
    return configuration.buildProcessEngine();
  }

  /** The flows taken so far on the named engine. */
  public static Set<String> taken(String name) {
    return TAKEN.getOrDefault(name, Set.of());
  }

  /** The branches of the model the named engine has not walked: what a routing test class still owes. */
  public static Set<String> unwalked(String name, String resource) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File(resource));
    Set<String> taken = taken(name);
    Set<String> missing = new TreeSet<>();
    for (String branch : branches(resource)) {
      SequenceFlow flow = model.getModelElementById(branch);
      boolean walked = flow.getSource() instanceof EventBasedGateway
          ? taken.contains(FIRED + flow.getTarget().getId()) : taken.contains(branch);
      if (!walked) {
        missing.add(branch);
      }
    }
    return missing;
  }

  /** Every outgoing flow of every branching gateway and boundary event in the model. */
  public static Set<String> branches(String resource) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File(resource));
    Set<String> branches = new TreeSet<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      FlowNode source = flow.getSource();
      if ((source instanceof Gateway && source.getOutgoing().size() > 1) || source instanceof BoundaryEvent) {
        branches.add(flow.getId());
      }
    }
    return branches;
  }

  /** A stand-in for the step rules' listener: on each completion it writes what the test set for that step. */
  public void standInStepListener() {
    Mocks.register("recordTaskStepListener", (TaskListener) task -> task.getExecution()
        .setVariables(outcomes.getOrDefault(task.getTaskDefinitionKey(), Map.of())));
    Mocks.register("deadlines", new Deadlines());
  }

  /** What the step's rules write when the step is completed next. */
  public void outcome(String taskKey, Map<String, Object> variables) {
    outcomes.put(taskKey, variables);
  }

  /** A delegate stand-in that writes these variables, as the real one would from the record. */
  public static JavaDelegate writing(Map<String, Object> variables) {
    return execution -> execution.setVariables(variables);
  }

  /** Completes every open task of the instance with this key; there must be one at least. */
  public static void completeAll(ProcessEngine engine, ProcessInstance pi, String taskKey) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      throw new AssertionError("no open " + taskKey);
    }
    open.forEach(t -> engine.getTaskService().complete(t.getId()));
  }

  /** The instance's timer on this activity, or null. */
  public static Job timer(ProcessEngine engine, ProcessInstance pi, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity)
        .singleResult();
  }

  /** Due dates a day ahead: the period is the settings' concern, tested with them. */
  public static class Deadlines {
    public Date due(DelegateExecution execution, String name) {
      return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
    }
  }
}
