package cn.gx.safeduty.accident;

/** The kinds of reporting failure of ground 20(2). */
public enum ReportingFailureKind {
  LATE("迟报"),
  MISSED("漏报"),
  FALSE("谎报"),
  CONCEALED("瞒报");

  private final String chineseName;

  ReportingFailureKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
