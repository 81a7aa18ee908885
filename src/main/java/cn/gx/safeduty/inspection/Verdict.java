package cn.gx.safeduty.inspection;

/** What a tour found of one duty. */
public enum Verdict {
  FULFILLED("已履行"), PARTLY("部分履行"), NOT_FULFILLED("未履行");

  private final String chineseName;

  Verdict(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
