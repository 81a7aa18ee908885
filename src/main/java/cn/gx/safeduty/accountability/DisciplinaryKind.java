package cn.gx.safeduty.accountability;

/**
 * Kinds of disciplinary sanction (处分), decided by discipline inspection: 政务处分 under the law
 * on sanctions for public officials, and Party discipline (党纪处分) under the Party's disciplinary
 * regulations. Each has its own restriction period in configuration.
 */
public enum DisciplinaryKind {
  WARNING("警告", false),
  DEMERIT("记过", false),
  MAJOR_DEMERIT("记大过", false),
  DEMOTION_IN_RANK("降级", false),
  DISMISSAL("撤职", false),
  EXPULSION("开除", false),
  PARTY_WARNING("党内警告", true),
  PARTY_SERIOUS_WARNING("党内严重警告", true),
  PARTY_POST_REMOVAL("撤销党内职务", true),
  PARTY_PROBATION_ONE_YEAR("留党察看一年", true),
  PARTY_PROBATION_TWO_YEARS("留党察看二年", true),
  PARTY_EXPULSION("开除党籍", true);

  private final String chineseName;
  private final boolean partyDiscipline;

  DisciplinaryKind(String chineseName, boolean partyDiscipline) {
    this.chineseName = chineseName;
    this.partyDiscipline = partyDiscipline;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether this is a Party discipline (党纪处分) rather than a 政务处分. */
  public boolean partyDiscipline() {
    return partyDiscipline;
  }

  /** 党纪处分 or 政务处分, as a notice names it. */
  public String category() {
    return partyDiscipline ? "党纪处分" : "政务处分";
  }
}
