package cn.gx.safeduty.commendation;

/** Why a cadre is nominated: the assessment (Art 18) or a notable contribution (Art 17). */
public enum Basis {
  ASSESSMENT("18", "安全生产工作考核成绩优秀、表现突出"), CONTRIBUTION("17", "在安全生产工作中取得显著成绩、作出重要贡献");

  private final String article;
  private final String chineseName;

  Basis(String article, String chineseName) {
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
