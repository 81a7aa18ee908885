package cn.gx.safeduty.kernel;

/** Accident grade under State Council Decree 493, least to most serious. */
public enum AccidentGrade {
  ORDINARY("一般事故"),
  RELATIVELY_MAJOR("较大事故"),
  MAJOR("重大事故"),
  EXTRAORDINARILY_MAJOR("特别重大事故");

  private final String chineseName;

  AccidentGrade(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
