package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The inspection tour's user tasks (Art 11, 12, 19). The tour is the one the instance belongs to; a
 * target is the multi-instance element of the task's scope (set by the engine, never by a completion)
 * and must be the tour's.
 */
@Component
public class TourSteps implements StepDeclarations {

  public static final String APPROVE_PLAN = "Task_ApproveTourPlan";
  public static final String INSPECT_ON_SITE = "Task_InspectOnSite";
  public static final String RECORD_FINDING = "Task_RecordFinding";
  public static final String MARK_LEADERS = "Task_MarkLeaders";
  public static final String NOTE_MARKED_LEADERS = "Task_NoteMarkedLeaders";
  public static final String FILE_RESULTS = "Task_FileTargetResults";

  private final InspectionTourService tours;
  private final TargetInspection targets;

  public TourSteps(InspectionTourService tours, TargetInspection targets) {
    this.tours = tours;
    this.targets = targets;
  }

  @Override
  public String processKey() {
    return InspectionTourService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(APPROVE_PLAN).of(step -> tours.tourOfInstance(step.processInstanceId()))
            .reads(List.of("planApproved", "approvalRef", "approvalNote"), TourSteps::approval)
            .records((tourId, a, step, task) -> {
              tours.approvePlan(tourId, a.approved(), a.ref(), a.note(), step.userId());
              task.getExecution().setVariable("planApproved", a.approved());
            }),
        Step.task(INSPECT_ON_SITE).ofTask(this::targetOf)
            .reads(List.of("inspectedFrom", "inspectedTo", "inspectionNote"), TourSteps::inspection)
            .checks((targetId, i, step) -> StepRefusedException.ifAny(targets.inspectionProblems(i.from(), i.to())))
            .records((targetId, i, step, task) -> targets.recordInspection(targetId, i.from(), i.to(), i.note())),
        Step.task(RECORD_FINDING).ofTask(this::targetOf)
            .reads(List.of("dutyId", "verdict", "evidence", "cadreIds", "rectification", "moreFindings"),
                TourSteps::finding)
            .checks((targetId, finding, step) -> StepRefusedException.ifAny(targets.findingProblems(targetId, finding)))
            .records((targetId, finding, step, task) ->
                task.getExecution().setVariablesLocal(targets.recordFinding(targetId, finding, step.userId()))),
        Step.task(MARK_LEADERS).ofTask(this::targetOf)
            .reads(LeaderMarks.FIELDS, LeaderMarks::of)
            .checks((targetId, marks, step) ->
                StepRefusedException.ifAny(targets.markProblems(targetId, marks.cadreIds())))
            .records((targetId, marks, step, task) -> task.getExecution().setVariablesLocal(
                targets.mark(targetId, marks.cadreIds(), marks.reason(), step.userId()))),
        Step.task(NOTE_MARKED_LEADERS).of(step -> tours.tourOfInstance(step.processInstanceId()))
            .reads(List.of("copyRemarks"), fields -> fields.text("copyRemarks"))
            .recordsNothing(),
        Step.task(FILE_RESULTS).ofTask(this::targetOf)
            .reads(List.of("filingNote"), fields -> fields.requiredText("filingNote", "请填写归档说明"))
            .records((targetId, note, step, task) -> targets.file(targetId, note, step.userId())));
  }

  private long targetOf(TaskStep step, VariableScope task) {
    Object target = task.getVariable("targetId");
    long tourId = tours.tourOfInstance(step.processInstanceId());
    if (!(target instanceof Number id) || !tours.isTargetOf(id.longValue(), tourId)) {
      throw new StepRefusedException("此任务不属于本次巡查的被巡查地区");
    }
    return id.longValue();
  }

  record Approval(boolean approved, String ref, String note) {
  }

  static Approval approval(FormFields fields) {
    boolean approved = fields.flag("planApproved", "巡查方案是否获批");
    String ref = fields.text("approvalRef");
    if (approved && ref == null) {
      throw new StepRefusedException("巡查方案获批的，请填写批准文件或会议纪要");
    }
    return new Approval(approved, ref, fields.text("approvalNote"));
  }

  record Inspection(LocalDate from, LocalDate to, String note) {
  }

  private static Inspection inspection(FormFields fields) {
    String note = fields.requiredText("inspectionNote", "请填写巡查过程");
    return new Inspection(date(fields, "inspectedFrom", "巡查开始日期"), date(fields, "inspectedTo", "巡查结束日期"), note);
  }

  static NewFinding finding(FormFields fields) {
    String dutyId = fields.requiredText("dutyId", "请选择职责");
    Verdict verdict = fields.choice("verdict", Verdict.class, "履职情况");
    String evidence = fields.requiredText("evidence", "请填写巡查发现的事实和依据");
    List<Long> cadreIds = fields.ids("cadreIds", "所选干部");
    String rectification = fields.text("rectification");
    boolean more = fields.text("moreFindings") != null && fields.flag("moreFindings", "是否还有巡查发现");
    return new NewFinding(dutyId, verdict, evidence, cadreIds, rectification, more);
  }

  static LocalDate date(FormFields fields, String name, String label) {
    LocalDate day = fields.date(name, label);
    if (day == null) {
      throw new StepRefusedException("请填写" + label);
    }
    return day;
  }

}
