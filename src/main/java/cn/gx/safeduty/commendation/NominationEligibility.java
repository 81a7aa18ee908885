package cn.gx.safeduty.commendation;

import cn.gx.safeduty.registry.Eligibility;
import cn.gx.safeduty.registry.Barred;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a nomination may go on: not while a restriction barring awards is in force (Art 22, and
 * any restriction whose scope bars awards), nor — policy default — while an accountability case
 * against the nominee is open. Each reason cites its article and, for a restriction, its end.
 */
final class NominationEligibility {

  record Block(String article, String reason) {
  }

  private NominationEligibility() {
  }

  static List<Block> blocks(Eligibility eligibility, List<String> openCases, boolean openCaseBlocks) {
    List<Block> blocks = new ArrayList<>();
    for (Eligibility.Blocking r : eligibility.restrictions()) {
      if (r.bars().contains(Barred.AWARDS)) {
        blocks.add(new Block(r.article(), r.kind().chineseName() + "期间不得评选各类先进（" + r.caseId() + "，至"
            + cn.gx.safeduty.kernel.ChineseDates.lastDayBefore(r.endsOn()) + "）"));
      }
    }
    if (openCaseBlocks) {
      for (String caseNumber : openCases) {
        blocks.add(new Block("15", "问责案件" + caseNumber + "尚未办结"));
      }
    }
    return blocks;
  }
}
