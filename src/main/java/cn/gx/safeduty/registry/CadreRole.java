package cn.gx.safeduty.registry;

/** A cadre's role (BRIEF §2), with the article listing its duties. */
public enum CadreRole {
  PARTY_SECRETARY("党委主要负责人", "5"),
  GOVERNMENT_HEAD("政府主要负责人", "6"),
  STANDING_COMMITTEE_MEMBER("党委常委会其他成员", "7"),
  SAFETY_DEPUTY("分管安全生产的政府领导", "8"),
  GOVERNMENT_LEADER("政府其他领导", "9"),
  DEPARTMENT_LEADER("部门领导", "10");

  private final String chineseName;
  private final String dutyArticle;

  CadreRole(String chineseName, String dutyArticle) {
    this.chineseName = chineseName;
    this.dutyArticle = dutyArticle;
  }

  public String chineseName() {
    return chineseName;
  }

  public String dutyArticle() {
    return dutyArticle;
  }

  /** A principal (主要负责人), who presides over the body's meetings on work safety (Art 5(2), 6(2)). */
  public boolean principal() {
    return this == PARTY_SECRETARY || this == GOVERNMENT_HEAD;
  }
}
