package cn.gx.safeduty.commendation;

import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.registry.Eligibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Which restrictions stop a vetting (Art 15 ¶1, 22; BRIEF §6): those that bar the kind of
 * appointment it is for. The others active are shown on the record, as not affecting this one.
 */
final class VettingRules {

  record Block(String article, String reason) {
  }

  private VettingRules() {
  }

  static List<Block> blocks(Eligibility eligibility, AppointmentKind kind) {
    List<Block> blocks = new ArrayList<>();
    for (Eligibility.Blocking r : eligibility.restrictions()) {
      if (bars(r, kind)) {
        blocks.add(new Block(r.article(), describe(r)));
      }
    }
    return blocks;
  }

  /** The restrictions that do not stop this vetting but must be shown. */
  static List<String> shown(Eligibility eligibility, AppointmentKind kind) {
    return eligibility.restrictions().stream()
        .filter(r -> !bars(r, kind))
        .map(r -> describe(r) + "，不影响" + kind.chineseName())
        .toList();
  }

  private static boolean bars(Eligibility.Blocking r, AppointmentKind kind) {
    return kind.barredAs().map(r.bars()::contains).orElse(false);
  }

  private static String describe(Eligibility.Blocking r) {
    return r.kind().chineseName() + (r.measure() != null ? "（" + r.measure() + "）" : "") + "：" + r.barsText() + "，至"
        + cn.gx.safeduty.kernel.ChineseDates.lastDayBefore(r.endsOn()) + "（" + r.caseId() + "）";
  }
}
