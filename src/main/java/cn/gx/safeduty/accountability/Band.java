package cn.gx.safeduty.accountability;

/** A band of ladder levels [low, high] from the baseline table. */
public record Band(int low, int high) {

  public Band {
    if (low < Sanction.LOWEST || high > Sanction.HIGHEST || low > high) {
      throw new IllegalArgumentException("Not a band on the ladder: [" + low + ", " + high + "]");
    }
  }

  /** The no-modifier level: low + floor((high − low) / 2). */
  public int middle() {
    return low + (high - low) / 2;
  }
}
