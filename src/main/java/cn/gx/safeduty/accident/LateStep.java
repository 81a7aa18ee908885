package cn.gx.safeduty.accident;

/** A reporting step that took longer than its limit; minutes, the delay rounded up. */
public record LateStep(ReportingStep step, long limitMinutes, long takenMinutes, long delayMinutes) {

  public String label() {
    return step.chineseName() + "：用时 " + takenMinutes + " 分钟，时限 " + limitMinutes + " 分钟，迟延 " + delayMinutes + " 分钟";
  }

  /** The late step a level's check shows, in the steps of the earlier reporting chain. */
  static LateStep of(ReportingRules.Step step) {
    ReportingStep chain = ReportingStep.values()[step.level().ordinal()];
    long limit = java.time.Duration.between(step.startsAt(), step.dueAt()).toMinutes();
    long taken = java.time.Duration.between(step.startsAt(), step.receipt().receivedAt()).toMinutes();
    return new LateStep(chain, limit, taken, step.minutesLate());
  }
}
