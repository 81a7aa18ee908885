package cn.gx.safeduty.assessment;

/** The body that met: the Party committee's standing committee (Art 5(2)) or the government's executive meeting (Art 6(2)). */
public enum MeetingBody {
  PARTY_STANDING_COMMITTEE("党委常委会", "5(2)"), GOVERNMENT_EXECUTIVE("政府常务会议", "6(2)");

  private final String chineseName;
  private final String article;

  MeetingBody(String chineseName, String article) {
    this.chineseName = chineseName;
    this.article = article;
  }

  /** The article that requires these meetings. */
  public String article() {
    return article;
  }

  public String chineseName() {
    return chineseName;
  }
}
