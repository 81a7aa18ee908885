package cn.gx.safeduty.accountability;

import java.time.LocalDate;

/**
 * One restriction a decided sanction starts. {@code scope} ALL bars assessment excellence, awards,
 * promotion and important appointment; HIGHER_POST bars promotion only. {@code endsOn} is
 * exclusive; null means permanent.
 */
public record RestrictionTerm(String kind, String article, String scope, LocalDate startsOn, LocalDate endsOn) {

  public static final String ONE_VOTE_VETO = "ONE_VOTE_VETO";
  public static final String SANCTION_PERIOD = "SANCTION_PERIOD";
  public static final String ALL = "ALL";
  public static final String HIGHER_POST = "HIGHER_POST";
}
