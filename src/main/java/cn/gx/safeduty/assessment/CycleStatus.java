package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** An assessment cycle is underway until its results are published or circulated (Art 16). */
public enum CycleStatus implements LifecycleStatus<CycleStatus> {
  UNDERWAY, PUBLISHED;

  @Override
  public boolean mayBecome(CycleStatus next) {
    return this == UNDERWAY && next == PUBLISHED;
  }
}
