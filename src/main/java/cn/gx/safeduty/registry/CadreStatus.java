package cn.gx.safeduty.registry;

/** Whether the cadre still holds the post; Art 26 cases go on after any of the departures. */
public enum CadreStatus {
  IN_OFFICE("在任"),
  TRANSFERRED("已调离"),
  PROMOTED("已提拔"),
  RETIRED("已退休");

  private final String chineseName;

  CadreStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public boolean hasLeftOffice() {
    return this != IN_OFFICE;
  }
}
