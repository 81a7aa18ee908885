package cn.gx.safeduty.accident;

/** A reporting step that took longer than its limit; minutes, the delay rounded up. */
public record LateStep(ReportingStep step, long limitMinutes, long takenMinutes, long delayMinutes) {

  public String label() {
    return step.chineseName() + "：用时 " + takenMinutes + " 分钟，时限 " + limitMinutes + " 分钟，迟延 " + delayMinutes + " 分钟";
  }
}
