package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The vetting's steps: emergency management's opinion with reasons, the organisation department's conclusion. */
@Component
public class VettingStepRules implements StepRules {

  private final CandidateVettingService vettings;

  public VettingStepRules(CandidateVettingService vettings) {
    this.vettings = vettings;
  }

  @Override
  public String processKey() {
    return CandidateVettingService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case VettingTasks.GIVE_OPINION -> opinion(fields);
      case VettingTasks.CONCLUDE_VETTING -> conclusion(fields);
      default -> {
      }
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    long id = vettings.ofInstance(step.processInstanceId());
    switch (step.taskKey()) {
      case VettingTasks.GIVE_OPINION -> {
        Opinion o = opinion(fields);
        vettings.giveOpinion(id, o.opinion(), o.reasons(), step.userId());
        task.getExecution().setVariable("opinionLabel", vettings.opinionLabel(id));
      }
      case VettingTasks.CONCLUDE_VETTING -> {
        Conclusion c = conclusion(fields);
        vettings.conclude(id, c.passed(), c.text(), step.userId());
      }
      default -> {
      }
    }
  }

  record Opinion(VettingOpinion opinion, String reasons) {
  }

  private static Opinion opinion(FormFields fields) {
    return new Opinion(fields.choice("opinion", VettingOpinion.class, "意见"),
        limit(fields.requiredText("opinionReasons", "请写明意见的理由"), "理由"));
  }

  record Conclusion(boolean passed, String text) {
  }

  private static Conclusion conclusion(FormFields fields) {
    return new Conclusion(fields.flag("passed", "考察是否通过"),
        limit(fields.requiredText("conclusion", "请填写考察结论中安全生产履职情况的评价"), "考察结论"));
  }

  private static String limit(String text, String label) {
    if (text.length() > 4000) {
      throw new StepRefusedException(label + "不能超过4000字");
    }
    return text;
  }
}
