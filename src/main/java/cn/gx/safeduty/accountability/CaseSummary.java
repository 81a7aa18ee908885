package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.task.OpenTasks;
import java.time.Instant;
import java.util.List;

/**
 * A case as a list shows it: what it is about, where it stands, and who has it now. Read for a
 * whole page at once; the full view with decisions and steps is {@code GET /api/accountability-cases/{id}}.
 */
public record CaseSummary(
    long id,
    String caseNumber,
    long cadreId,
    String cadreName,
    Ground ground,
    AccidentGrade accidentGrade,
    CaseStatus status,
    String outcome,
    Sanction recommendedSanction,
    String processInstanceId,
    Instant registeredAt,
    Instant closedAt,
    List<OpenTasks.OpenTask> openTasks) {

  /** One row of the page query, before its open tasks are added. */
  record Row(long id, String caseNumber, long cadreId, String cadreName, Ground ground, AccidentGrade accidentGrade,
      CaseStatus status, String outcome, Sanction recommendedSanction, String processInstanceId, Instant registeredAt,
      Instant closedAt) {

    CaseSummary with(List<OpenTasks.OpenTask> openTasks) {
      return new CaseSummary(id, caseNumber, cadreId, cadreName, ground, accidentGrade, status, outcome,
          recommendedSanction, processInstanceId, registeredAt, closedAt, openTasks);
    }
  }
}
