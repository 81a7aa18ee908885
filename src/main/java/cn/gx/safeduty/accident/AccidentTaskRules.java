package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import java.time.Period;
import java.util.List;
import java.util.function.LongPredicate;

/** What the accident follow-up's user tasks must carry when completed; messages for staff, in Chinese. */
public final class AccidentTaskRules {

  public static final String CONFIRM_REPORTING_FAILURE = "Task_ConfirmReportingFailure";
  public static final String DECIDE_EXTENSION = "Task_DecideExtension";
  public static final String SUPERVISE_INVESTIGATION = "Task_SuperviseOverdueInvestigation";
  public static final String ASSESS_REPORTING_RESPONSIBILITY = "Task_AssessReportingResponsibility";

  public static final List<String> ALL = List.of(CONFIRM_REPORTING_FAILURE, DECIDE_EXTENSION, SUPERVISE_INVESTIGATION,
      ASSESS_REPORTING_RESPONSIBILITY);

  /** One cadre's part in a reporting failure: the degree of leadership responsibility and the Art 23/24/26 facts. */
  public record Assessment(Responsibility responsibility, CaseFacts facts) {
  }

  /**
   * What 应急管理部门 decided on one reporting finding: confirmed with the cadres responsible, or not, with why.
   * Its kind is the finding's, never the form's.
   */
  public record ReportingConfirmation(boolean confirmed, List<Long> cadreIds, String remarks) {
  }

  private AccidentTaskRules() {
  }

  public static ReportingConfirmation confirmation(FormFields fields, LongPredicate cadreExists) {
    boolean confirmed = fields.flag("reportingFailureConfirmed", "是否确认存在报告失职");
    if (!confirmed) {
      return new ReportingConfirmation(false, List.of(), fields.requiredText("reportingRemarks", "不确认时须写明理由"));
    }
    List<Long> cadreIds = fields.ids("responsibleCadreIds", "干部编号");
    if (cadreIds.isEmpty()) {
      throw new StepRefusedException("确认报告失职时，须选择负有领导责任的干部");
    }
    for (long id : cadreIds) {
      if (!cadreExists.test(id)) {
        throw new StepRefusedException("干部编号不存在：" + id);
      }
    }
    return new ReportingConfirmation(true, List.copyOf(cadreIds), fields.text("reportingRemarks"));
  }

  /** The days of the one extension granted, or null when the investigation is not extended. */
  public static Integer extensionDays(FormFields fields, Period maxExtension) {
    boolean extend = fields.flag("extendInvestigation", "是否延长调查期限");
    Integer days = null;
    if (extend) {
      int max = maxExtension.getDays() + maxExtension.getMonths() * 30 + maxExtension.getYears() * 365;
      Long given = fields.wholeNumber("extensionDays", "延长天数");
      if (given == null || given < 1 || given > max) {
        throw new StepRefusedException("延长天数须在 1 至 " + max + " 天之间");
      }
      days = given.intValue();
    }
    fields.requiredText("followUpRemarks", "须写明理由或催办情况");
    return days;
  }

  /** What the case of one cadre of a reporting failure (20(2)) starts from; Art 25 does not apply to 20(2). */
  public static Assessment assessment(FormFields fields) {
    Responsibility responsibility = fields.choice("responsibility", Responsibility.class, "领导责任");
    Mitigation mitigation = fields.optionalChoice("mitigation", Mitigation.class, "补救措施");
    fields.requiredText("assessmentRemarks", "须写明认定依据");
    return new Assessment(responsibility, new CaseFacts(false, checked(fields, "enlargedLossByPoorWork"),
        checked(fields, "seriousSocialImpact"), mitigation != null ? mitigation : Mitigation.NONE,
        checked(fields, "egregiousAndSerious"), checked(fields, "suspectedDutyCrime")));
  }

  private static boolean checked(FormFields fields, String name) {
    return fields.value(name) != null && fields.flag(name, name);
  }

  public static void supervision(FormFields fields) {
    fields.requiredText("supervisionNote", "须写明督办情况");
  }
}
