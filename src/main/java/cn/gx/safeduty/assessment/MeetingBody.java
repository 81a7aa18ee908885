package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.CadreRole;

/** The body that met: the Party committee's standing committee (Art 5(2)) or the government's executive meeting (Art 6(2)). */
public enum MeetingBody {
  PARTY_STANDING_COMMITTEE("党委常委会", "5(2)", CadreRole.PARTY_SECRETARY),
  GOVERNMENT_EXECUTIVE("政府常务会议", "6(2)", CadreRole.GOVERNMENT_HEAD);

  private final String chineseName;
  private final String article;
  private final CadreRole chair;

  MeetingBody(String chineseName, String article, CadreRole chair) {
    this.chineseName = chineseName;
    this.article = article;
    this.chair = chair;
  }

  /** The principal who presides over the body's meetings. */
  public CadreRole chair() {
    return chair;
  }

  /** The article that requires these meetings. */
  public String article() {
    return article;
  }

  public String chineseName() {
    return chineseName;
  }
}
