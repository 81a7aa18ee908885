package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where one assessee stands: duty report, evidence, scores, grade, linked to the cadre's 履职评定. */
public enum AssesseeStatus implements LifecycleStatus<AssesseeStatus> {
  AWAITING_REPORT, REPORTED, EVIDENCE_GATHERED, SCORED, GRADED, LINKED;

  public String chineseName() {
    return switch (this) {
      case AWAITING_REPORT -> "待述职";
      case REPORTED -> "已述职";
      case EVIDENCE_GATHERED -> "已汇集履职材料";
      case SCORED -> "已评分";
      case GRADED -> "已评定等次";
      case LINKED -> "已运用结果";
    };
  }

  /** One step after the other; linked is final. */
  @Override
  public boolean mayBecome(AssesseeStatus next) {
    return this != LINKED && next.ordinal() == ordinal() + 1;
  }
}
