package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One correction of an accident's figures as kept: before and after, the grade they give, why, and
 * whether a change in casualties came later than Decree 493 Art 13's window; {@code receivedAt} is
 * when the new figures were received (null on corrections kept before it was asked: when recorded).
 */
public record AccidentCorrection(
    int oldDeaths,
    int newDeaths,
    int oldSeriousInjuries,
    int newSeriousInjuries,
    BigDecimal oldDirectLoss,
    BigDecimal newDirectLoss,
    AccidentGrade oldGrade,
    AccidentGrade newGrade,
    String reason,
    boolean lateCasualtyReport,
    String correctedBy,
    Instant correctedAt,
    Instant receivedAt) {

  /** When the new figures were received: as given, or when the correction was recorded. */
  public Instant figuresReceivedAt() {
    return receivedAt != null ? receivedAt : correctedAt;
  }
}
