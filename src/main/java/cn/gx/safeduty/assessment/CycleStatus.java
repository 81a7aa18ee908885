package cn.gx.safeduty.assessment;

/** An assessment cycle is underway until its results are published or circulated (Art 16). */
public enum CycleStatus {
  UNDERWAY, PUBLISHED
}
