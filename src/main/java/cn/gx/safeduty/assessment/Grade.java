package cn.gx.safeduty.assessment;

/** The assessment grades (policy default names; the thresholds are processes/assessment-grade.dmn). */
public enum Grade {
  EXCELLENT("优秀"), QUALIFIED("合格"), BASICALLY_QUALIFIED("基本合格"), UNQUALIFIED("不合格");

  private final String chineseName;

  Grade(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
