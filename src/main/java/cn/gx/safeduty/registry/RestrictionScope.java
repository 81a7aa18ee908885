package cn.gx.safeduty.registry;

import java.util.List;

/** What a restriction bars: everything Art 15 and Art 22 look at, or promotion to a higher post only. */
public enum RestrictionScope {
  ALL(List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.POST_PROMOTION, Barred.RANK_PROMOTION,
      Barred.IMPORTANT_APPOINTMENT)),
  HIGHER_POST(List.of(Barred.HIGHER_POST));

  /** One thing a restriction bars, as the eligibility answer names it. */
  public enum Barred {
    EXCELLENCE("考核评优"),
    AWARDS("评选各类先进"),
    POST_PROMOTION("晋升职务"),
    RANK_PROMOTION("晋升级别"),
    IMPORTANT_APPOINTMENT("重用任职"),
    HIGHER_POST("提拔担任高于原任职务层次的职务");

    private final String chineseName;

    Barred(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  private final List<Barred> bars;

  RestrictionScope(List<Barred> bars) {
    this.bars = bars;
  }

  public List<Barred> bars() {
    return bars;
  }
}
