package cn.gx.safeduty.accident;

/** One step of the reporting chain of Decree 493. */
public enum ReportingStep {
  UNIT_TO_COUNTY("事故单位向县级主管部门报告"),
  COUNTY_TO_CITY("县级向设区市报告"),
  CITY_TO_REGION("设区市向自治区报告"),
  REGION_TO_STATE_COUNCIL("自治区向国务院报告");

  private final String chineseName;

  ReportingStep(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
