package cn.gx.safeduty.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The accountability process with SafeDuty taken out: the same BPMN (gateways, timers, forms, due
 * dates, the listeners' places) under the key {@code accountabilityTwin}, in which every SafeDuty
 * delegate and listener is replaced by one that sets, as constants, the variables the gateways
 * route on and writes nothing else, and the one gateway condition that asks SafeDuty's tables who
 * decides reads such a constant instead. Built from {@code processes/accountability.bpmn} as text,
 * so the twin changes whenever the process does.
 */
final class AccountabilityTwin {

  static final String KEY = "accountabilityTwin";

  /** What the gateways need on the path SafeDuty's cases take in the benchmark (checked against them). */
  static final Map<String, Map<String, Object>> CONSTANTS = Map.of(
      "Task_RecommendSanction", Map.of("exempted", false, "departureNeedsDecision", false,
          "suspectedDutyCrime", false,
          // what each review form opens with, as SafeDuty's rules write it: the notice for emergency management
          "emProposedSanction", "NOTICE", "diProposedSanction", "NONE", "orgProposedSanction", "NONE"),
      "Gateway_DecidingGroups", Map.of("decidingGroups", "emergency-management", "measuresDecided", true),
      "Task_IssueDecisionNotice", Map.of("sanctionIsNotice", true, "noticeRevoked", false, "decisionRevoked", false),
      "Task_RecordAppealOutcome", Map.of("decisionRevoked", false, "noticeRevoked", false, "noticeToWithdraw", false));

  private AccountabilityTwin() {
  }

  static String xml() throws IOException {
    String original = Files.readString(Path.of("processes", "accountability.bpmn"));
    String twin = original
        .replace("id=\"accountability\"", "id=\"" + KEY + "\"")
        .replace("processRef=\"accountability\"", "processRef=\"" + KEY + "\"")
        .replaceAll("(<camunda:taskListener [^>]*?)delegateExpression=\"\\$\\{[a-zA-Z]+}\"",
            "$1" + java.util.regex.Matcher.quoteReplacement("class=\"" + Listener.class.getName() + "\""))
        .replaceAll("delegateExpression=\"\\$\\{[a-zA-Z]+Delegate}\"", java.util.regex.Matcher.quoteReplacement("class=\"" + Delegate.class.getName() + "\""))
        .replaceAll("\\$\\{caseDecisions\\.decides\\(caseId, (&#x27;|')([a-z-]+)(&#x27;|')\\)}",
            "\\${decidingGroups.contains('$2')}");
    if (twin.contains("delegateExpression=") || twin.contains("caseDecisions")) {
      throw new IllegalStateException("the twin still calls SafeDuty: the accountability model gained a delegate");
    }
    return twin;
  }

  static void deploy(RepositoryService repository) throws IOException {
    repository.createDeployment().name("benchmark twin").enableDuplicateFiltering(true)
        .addString(KEY + ".bpmn", xml()).deploy();
  }

  /** Sets the constants of its activity. */
  public static class Delegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariables(CONSTANTS.getOrDefault(execution.getCurrentActivityId(), Map.of()));
    }
  }

  /** In the place of the step-recording listener: does nothing. */
  public static class Listener implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      // the twin records no steps
    }
  }
}
