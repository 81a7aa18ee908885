package cn.gx.safeduty.registry;

import java.util.Optional;

/**
 * The kind of appointment a vetting is for (BRIEF §6): what a restriction may bar depends on it.
 * Art 22 bars 晋升职务、级别 and 重用任职; the national cadre rules add a post equivalent to the one
 * held before 责令辞职 or 免职. A lateral or lower appointment ({@link #OTHER}) is barred by nothing.
 */
public enum AppointmentKind {
  PROMOTION("提拔（晋升职务、级别）", Barred.PROMOTION),
  IMPORTANT_APPOINTMENT("重用", Barred.IMPORTANT_APPOINTMENT),
  EQUIVALENT("担任与原任职务相当的职务", Barred.EQUIVALENT),
  OTHER("其他任职（平级交流或者降低层次）", null);

  private final String chineseName;
  private final Barred barredAs;

  AppointmentKind(String chineseName, Barred barredAs) {
    this.chineseName = chineseName;
    this.barredAs = barredAs;
  }

  public String chineseName() {
    return chineseName;
  }

  /** What a restriction must bar to stop an appointment of this kind; none for OTHER. */
  public Optional<Barred> barredAs() {
    return Optional.ofNullable(barredAs);
  }
}
