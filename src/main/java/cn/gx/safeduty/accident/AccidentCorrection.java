package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One correction of an accident's figures as kept: before and after, the grade they give, why, and
 * whether a change in casualties came later than Decree 493 Art 13's window.
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
    Instant correctedAt) {
}
