package cn.gx.safeduty.inspection;

/** The rating of a toured Party committee and government (policy default codes; the table is inspection-rating.dmn). */
public enum Rating {
  GOOD("好"), FAIRLY_GOOD("较好"), AVERAGE("一般"), POOR("差");

  private final String chineseName;

  Rating(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
