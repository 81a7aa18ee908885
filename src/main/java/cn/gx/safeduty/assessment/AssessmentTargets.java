package cn.gx.safeduty.assessment;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the assessment's multi-instance elements run over ({@code ${assessmentTargets.targets(cycleId)}},
 * {@code ${assessmentTargets.assessees(targetId)}}) and what its tasks show on arrival (input mappings).
 */
@Component("assessmentTargets")
public class AssessmentTargets {

  private final AssessmentCycleService cycles;
  private final AssessmentCycleRepository repository;
  private final AssesseeService assessees;

  public AssessmentTargets(AssessmentCycleService cycles, AssessmentCycleRepository repository,
      AssesseeService assessees) {
    this.cycles = cycles;
    this.repository = repository;
    this.assessees = assessees;
  }

  public List<Long> targets(long cycleId) {
    return cycles.targetIds(cycleId);
  }

  public List<Long> assessees(long targetId) {
    return repository.assesseeIds(targetId);
  }

  public String assesseeLabel(long assesseeId) {
    return assessees.label(assesseeId);
  }

  /** The assessee as a Tasklist card names it: 江南区 张三, or the team. */
  public String assesseeCard(long assesseeId) {
    return assessees.card(assesseeId);
  }

  public String targetName(long targetId) {
    return target(targetId).jurisdictionName();
  }

  public String targetLabel(long targetId) {
    AssessmentCycle.Target t = target(targetId);
    return t.jurisdictionName() + "党委和政府领导班子及其成员";
  }

  /** Every assessee of the target with its total and grade, as the organisation department links them. */
  public String targetResults(long targetId) {
    return target(targetId).assessees().stream().map(AssessmentTargets::result).collect(Collectors.joining("\n"));
  }

  /** Every target's results, as emergency management publishes them. */
  public String cycleResults(long cycleId) {
    return cycles.view(cycleId).targets().stream()
        .map(t -> t.jurisdictionName() + "：\n" + t.assessees().stream().map(a -> "  " + result(a))
            .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String result(AssessmentCycle.Assessee a) {
    return a.name() + "：" + (a.grade() == null ? "尚未评定"
        : IndicatorRules.plain(a.total()) + "分，" + a.grade().chineseName()
            + (a.caps().isEmpty() ? "" : "（按总分为" + a.gradeFromTotal().chineseName() + "，依第二十二条不得评优）"));
  }

  private AssessmentCycle.Target target(long targetId) {
    return cycles.view(repository.cycleOfTarget(targetId)).targets().stream().filter(t -> t.id() == targetId)
        .findFirst().orElseThrow();
  }
}
