package cn.gx.safeduty.assessment;

import java.math.BigDecimal;
import java.util.List;

/** One indicator of a cycle: what it assesses, how it is scored, its weight out of 100, the duties it draws on. */
public record Indicator(String code, String name, IndicatorRule rule, BigDecimal weight, List<String> duties) {
}
