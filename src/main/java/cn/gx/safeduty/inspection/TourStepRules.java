package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The tour's steps. The tour is the one the instance belongs to; the target is the multi-instance
 * element of the task's scope (set by the engine, never by a completion) and must be the tour's.
 */
@Component
public class TourStepRules implements StepRules {

  private final InspectionTourService tours;
  private final TargetInspection targets;
  private final TaskService tasks;

  public TourStepRules(InspectionTourService tours, TargetInspection targets, @Lazy TaskService tasks) {
    this.tours = tours;
    this.targets = targets;
    this.tasks = tasks;
  }

  @Override
  public String processKey() {
    return InspectionTourService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case TourTasks.APPROVE_PLAN -> approval(fields);
      case TourTasks.INSPECT_ON_SITE -> refuseIfAny(inspection(fields, step));
      case TourTasks.RECORD_FINDING -> refuseIfAny(targets.findingProblems(targetOf(step), finding(fields)));
      case TourTasks.MARK_LEADERS -> {
        List<Long> marked = fields.ids("markedCadreIds", "所选干部");
        if (!marked.isEmpty()) {
          fields.requiredText("markReason", "认定领导干部未履职的，请写明认定理由");
        }
        refuseIfAny(targets.markProblems(targetOf(step), marked));
      }
      case TourTasks.FILE_RESULTS -> fields.requiredText("filingNote", "请填写归档说明");
      default -> {
      }
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    switch (step.taskKey()) {
      case TourTasks.APPROVE_PLAN -> {
        Approval a = approval(fields);
        tours.approvePlan(tours.tourOfInstance(step.processInstanceId()), a.approved(), a.ref(), a.note(),
            step.userId());
        task.getExecution().setVariable("planApproved", a.approved());
      }
      case TourTasks.INSPECT_ON_SITE -> {
        LocalDate from = date(fields, "inspectedFrom", "巡查开始日期");
        targets.recordInspection(targetOf(step), from, date(fields, "inspectedTo", "巡查结束日期"),
            fields.requiredText("inspectionNote", "请填写巡查过程"));
      }
      case TourTasks.RECORD_FINDING ->
          task.getExecution().setVariablesLocal(targets.recordFinding(targetOf(step), finding(fields), step.userId()));
      case TourTasks.MARK_LEADERS -> task.getExecution().setVariablesLocal(targets.mark(targetOf(step),
          fields.ids("markedCadreIds", "所选干部"), fields.text("markReason"), step.userId()));
      case TourTasks.FILE_RESULTS ->
          targets.file(targetOf(step), fields.requiredText("filingNote", "请填写归档说明"), step.userId());
      default -> {
      }
    }
  }

  private long targetOf(TaskStep step) {
    Object target = tasks.getVariable(step.taskId(), "targetId");
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

  private List<String> inspection(FormFields fields, TaskStep step) {
    fields.requiredText("inspectionNote", "请填写巡查过程");
    return targets.inspectionProblems(date(fields, "inspectedFrom", "巡查开始日期"), date(fields, "inspectedTo", "巡查结束日期"));
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

  private static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new StepRefusedException(String.join("；", problems));
    }
  }
}
