package cn.gx.safeduty.kernel.casework;

/** Degree of leadership responsibility named by the investigation conclusion. */
public enum Responsibility {
  MAIN("主要领导责任"),
  IMPORTANT("重要领导责任"),
  GENERAL("领导责任");

  private final String chineseName;

  Responsibility(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
