package cn.gx.safeduty.accident;

/** The authorities an accident report climbs to (Decree 493 Art 10), lowest first. */
public enum ReportingLevel {
  COUNTY("县级"), CITY("设区的市级"), REGION("自治区级"), STATE_COUNCIL("国务院");

  private final String chineseName;

  ReportingLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
