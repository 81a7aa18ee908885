package cn.gx.safeduty.assessment;

/** The assessments an assessment result counts in (Art 13, 14): chosen by the organisation department. */
public enum CountsIn {
  ANNUAL("年度考核"), TARGET_RESPONSIBILITY("目标责任考核"), PERFORMANCE("绩效考核"), OTHER("其他考核");

  private final String chineseName;

  CountsIn(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
