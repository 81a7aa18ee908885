package cn.gx.safeduty.assessment;

/** How the results were made known (Art 16): published (公布) or circulated (通报). */
public enum PublicationMode {
  PUBLISHED("公布"), CIRCULATED("通报");

  private final String chineseName;

  PublicationMode(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
