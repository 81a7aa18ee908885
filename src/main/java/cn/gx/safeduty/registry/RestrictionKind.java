package cn.gx.safeduty.registry;

/** Why a cadre is restricted: Art 22's one-vote veto (grounds 20(2), 20(3)) or a sanction's influence period (Art 21). */
public enum RestrictionKind {
  ONE_VOTE_VETO("一票否决"),
  SANCTION_PERIOD("影响期");

  private final String chineseName;

  RestrictionKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
