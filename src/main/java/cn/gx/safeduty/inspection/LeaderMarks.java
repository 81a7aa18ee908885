package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormFields;
import java.util.List;

/**
 * The leaders a tour or a supervision item marks as not fulfilling their Chapter 2 duties (Art 19),
 * and why: a reason is required once anyone is marked.
 */
record LeaderMarks(List<Long> cadreIds, String reason) {

  static final List<String> FIELDS = List.of("markedCadreIds", "markReason");

  static LeaderMarks of(FormFields fields) {
    List<Long> marked = fields.ids("markedCadreIds", "所选干部");
    if (!marked.isEmpty()) {
      fields.requiredText("markReason", "认定领导干部未履职的，请写明认定理由");
    }
    return new LeaderMarks(marked, fields.text("markReason"));
  }
}
