package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The candidate vetting's user tasks (Art 15 ¶1): emergency management's opinion with its reasons,
 * then the organisation department's conclusion; on a vetting a restriction stopped, the organisation
 * department's conclusion alone. Each works on the vetting the instance belongs to.
 */
@Component
public class VettingSteps implements StepDeclarations {

  public static final String GIVE_OPINION = "Task_GiveOpinion";
  public static final String CONCLUDE_VETTING = "Task_ConcludeVetting";
  public static final String CONCLUDE_STOPPED = "Task_ConcludeStoppedVetting";

  private final CandidateVettingService vettings;

  public VettingSteps(CandidateVettingService vettings) {
    this.vettings = vettings;
  }

  @Override
  public String processKey() {
    return CandidateVettingService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(GIVE_OPINION).of(this::vettingOf)
            .reads(List.of("opinion", "opinionReasons"), VettingSteps::opinion)
            .records((id, o, step, task) -> {
              vettings.giveOpinion(id, o.opinion(), o.reasons(), step.userId());
              task.getExecution().setVariable("opinionLabel", vettings.opinionLabel(id));
            }),
        Step.task(CONCLUDE_VETTING).of(this::vettingOf)
            .reads(List.of("passed", "conclusion"), VettingSteps::conclusion)
            .records((id, c, step, task) -> vettings.conclude(id, c.passed(), c.text(), step.userId())),
        Step.task(CONCLUDE_STOPPED).of(this::vettingOf)
            .reads(List.of("conclusion"), fields -> limit(fields.requiredText("conclusion", "请写明考察终止的结论"), "考察结论"))
            .records((id, text, step, task) -> vettings.concludeStopped(id, text, step.userId())));
  }

  private long vettingOf(TaskStep step) {
    return vettings.ofInstance(step.processInstanceId());
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
