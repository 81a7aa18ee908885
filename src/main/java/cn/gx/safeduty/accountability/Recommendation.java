package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.Mitigation;
import java.util.List;

/**
 * What the rules recommend for one case, with every article they applied, in order. Band, level,
 * sanction and deciding group are always there; {@code exempted} marks beside them that Art 25
 * applies, for emergency management to confirm.
 *
 * @param departureNeedsDecision the cadre has left office and the case is not egregious and
 *     serious: emergency management decides whether to proceed (Art 26 read the other way)
 */
public record Recommendation(
    boolean exempted,
    Integer bandLow,
    Integer bandHigh,
    Integer level,
    Sanction sanction,
    String decidingGroup,
    boolean aggravated,
    Mitigation mitigation,
    boolean needsReviewerWeighing,
    boolean departureNeedsDecision,
    List<String> articles) {

  public Recommendation {
    articles = List.copyOf(articles);
  }
}
