package cn.gx.safeduty.accident;

import java.math.BigDecimal;

/** An accident's casualties and direct loss as one report or correction states them. */
public record Figures(int deaths, int seriousInjuries, BigDecimal directLoss) {
}
