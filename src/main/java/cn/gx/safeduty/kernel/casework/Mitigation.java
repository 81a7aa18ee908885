package cn.gx.safeduty.kernel.casework;

/** Art 24: active remedial measures allow a lighter (从轻) or reduced (减轻) sanction. */
public enum Mitigation {
  NONE("无"),
  LIGHTER("从轻"),
  REDUCED("减轻");

  private final String chineseName;

  Mitigation(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
