package cn.gx.safeduty.assessment;

/** How an indicator is scored: by a rule from SafeDuty's own records, or by emergency management (MANUAL). */
public enum IndicatorRule {
  MEETINGS("会议记录（第五条第（二）项、第六条第（二）项）"),
  DUTY_LISTS("安全生产责任清单（第五条第（三）项、第六条第（三）项）"),
  ACCIDENTS("生产安全事故记录"),
  RECTIFICATIONS("督查督办事项"),
  CASES("问责案件和问责措施"),
  MANUAL("应急管理部门评分");

  private final String source;

  IndicatorRule(String source) {
    this.source = source;
  }

  /** Where the score comes from, as the form and the record show it. */
  public String source() {
    return source;
  }

  public boolean derived() {
    return this != MANUAL;
  }
}
