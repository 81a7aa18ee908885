package cn.gx.safeduty.commendation;

/** Emergency management's opinion on a candidate's performance of safety duties. */
public enum VettingOpinion {
  AGREE("同意"), DISAGREE("不同意"), RESERVED("有保留");

  private final String chineseName;

  VettingOpinion(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
