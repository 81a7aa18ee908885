package cn.gx.safeduty.registry;

/** What a restriction bars: everything Art 15 looks at (assessment excellence, awards, promotion, appointment), or promotion only. */
public enum RestrictionScope {
  ALL,
  HIGHER_POST
}
