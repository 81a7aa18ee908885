package cn.gx.safeduty.registry;

/**
 * A leader who answers for an accident of an industry in a jurisdiction on its day: as one of the
 * overall roles, or because their portfolio covered the industry; {@code basis} says which, in words.
 */
public record CoveringLeader(Cadre cadre, String basis) {
}
