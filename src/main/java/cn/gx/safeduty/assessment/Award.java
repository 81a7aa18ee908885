package cn.gx.safeduty.assessment;

/** What Art 18 lets the assessment propose for a member both 成绩优秀 and 表现突出. */
public enum Award {
  MERIT("记功"), COMMENDATION("嘉奖");

  private final String chineseName;

  Award(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
