package cn.gx.safeduty.assessment;

/** The body that met: the Party committee's standing committee (Art 5(2)) or the government's executive meeting (Art 6(2)). */
public enum MeetingBody {
  PARTY_STANDING_COMMITTEE("党委常委会"), GOVERNMENT_EXECUTIVE("政府常务会议");

  private final String chineseName;

  MeetingBody(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
