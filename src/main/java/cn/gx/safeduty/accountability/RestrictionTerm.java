package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.RestrictionScope;
import java.time.LocalDate;

/**
 * One restriction a decided sanction starts. {@code scope} ALL bars assessment excellence, awards,
 * promotion and important appointment; HIGHER_POST bars promotion only. {@code endsOn} is
 * exclusive; null means permanent.
 */
public record RestrictionTerm(RestrictionKind kind, String article, RestrictionScope scope, LocalDate startsOn,
    LocalDate endsOn, String measure) {
}
