package cn.gx.safeduty.accountability;

import java.util.List;

/**
 * What the rules recommend for one case, with every article they applied, in order.
 * An exempted case (Art 25) has no band, level or sanction.
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
