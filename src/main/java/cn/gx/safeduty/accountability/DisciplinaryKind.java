package cn.gx.safeduty.accountability;

/** Kinds of disciplinary sanction (处分); each has its own restriction period. */
public enum DisciplinaryKind {
  WARNING("警告"),
  DEMERIT("记过"),
  MAJOR_DEMERIT("记大过"),
  DEMOTION_IN_RANK("降级"),
  DISMISSAL("撤职"),
  EXPULSION("开除");

  private final String chineseName;

  DisciplinaryKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
