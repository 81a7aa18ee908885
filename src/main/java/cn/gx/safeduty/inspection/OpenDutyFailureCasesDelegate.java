package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 为认定未履职的每名领导干部启动问责（第十九条）并抄送纪检监察机关. */
@Component
public class OpenDutyFailureCasesDelegate implements JavaDelegate {

  private final TargetInspection targets;

  public OpenDutyFailureCasesDelegate(TargetInspection targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    targets.openCases(((Number) execution.getVariable("targetId")).longValue());
  }
}
