package cn.gx.safeduty.commendation;

import cn.gx.safeduty.registry.Eligibility;
import cn.gx.safeduty.registry.RestrictionScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Which restrictions stop a vetting (Art 15 ¶1, 22): one barring any post stops every vetting; one
 * barring only a higher post stops a promotion in post or rank and is shown on a same-level vetting.
 */
final class VettingRules {

  record Block(String article, String reason) {
  }

  private VettingRules() {
  }

  static List<Block> blocks(Eligibility eligibility, boolean higherPost) {
    List<Block> blocks = new ArrayList<>();
    for (Eligibility.Blocking r : eligibility.restrictions()) {
      if (r.scope() == RestrictionScope.ALL || higherPost) {
        blocks.add(new Block(r.article(), r.kind().chineseName() + "：" + r.barsText() + "，至"
            + (r.endsOn() != null ? r.endsOn() : "长期") + "（" + r.caseId() + "）"));
      }
    }
    return blocks;
  }

  /** The restrictions that do not stop this vetting but must be shown. */
  static List<String> shown(Eligibility eligibility, boolean higherPost) {
    return eligibility.restrictions().stream()
        .filter(r -> r.scope() != RestrictionScope.ALL && !higherPost)
        .map(r -> r.kind().chineseName() + "：" + r.barsText() + "，至" + (r.endsOn() != null ? r.endsOn() : "长期")
            + "（" + r.caseId() + "，不影响同级任职）")
        .toList();
  }
}
