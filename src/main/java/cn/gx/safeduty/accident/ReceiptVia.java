package cn.gx.safeduty.accident;

/**
 * How a level came to know of the accident: from the unit or the level below (逐级, Art 9-11), from
 * people on site directly in an emergency (county level only, Art 9), from a level more than one below
 * (越级, Art 10), or by finding out itself (the press, an inspection: nobody reported it).
 */
public enum ReceiptVia {
  FROM_BELOW("逐级报告"), FROM_SITE("现场人员直接报告"), SKIPPED_LEVEL("越级报告"), SELF_DISCOVERED("自行发现");

  private final String chineseName;

  ReceiptVia(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
