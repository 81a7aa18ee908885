package cn.gx.safeduty.kernel.casework;

/** Ground of an accountability case (Art 19, 20), with the article it cites. */
public enum Ground {
  DUTY_FAILURE("19", "履行安全生产职责不到位"),
  OBSTRUCTION("20(1)", "阻挠、干涉安全生产监管执法或者事故调查处理"),
  REPORTING_FAILURE("20(2)", "对迟报、漏报、谎报或者瞒报事故负有领导责任"),
  ACCIDENT_RESPONSIBILITY("20(3)", "对发生生产安全事故负有领导责任"),
  OTHER("20(4)", "其他应当问责情形");

  private final String article;
  private final String chineseName;

  Ground(String article, String chineseName) {
    this.article = article;
    this.chineseName = chineseName;
  }

  public String article() {
    return article;
  }

  public String chineseName() {
    return chineseName;
  }
}
