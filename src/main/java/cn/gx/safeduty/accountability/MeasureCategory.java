package cn.gx.safeduty.accountability;

/**
 * The kinds of measure a decision notice cites and offers a remedy for, each after its own rules: 通报 (and
 * the 批评教育 below Art 21's list), the organisational measures, Party discipline and 政务处分.
 */
public enum MeasureCategory {
  ACCOUNTABILITY_NOTICE, ORGANISATIONAL, PARTY_DISCIPLINE, GOVERNMENT_SANCTION;

  public static MeasureCategory of(Sanction sanction, DisciplinaryKind kind) {
    return switch (sanction) {
      case CRITICISM_EDUCATION, NOTICE -> ACCOUNTABILITY_NOTICE;
      case DISCIPLINARY_SANCTION -> kind != null && !kind.partyDiscipline() ? GOVERNMENT_SANCTION : PARTY_DISCIPLINE;
      default -> ORGANISATIONAL;
    };
  }

  /** How a measure of a kind is contested. */
  public enum Remedy {
    /** 申诉 to the deciding organ */
    APPEAL,
    /** 复审 by the deciding supervision commission, then 复核 by the one above */
    REVIEW
  }
}
