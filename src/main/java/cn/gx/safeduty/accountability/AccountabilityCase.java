package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseSource;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.time.Instant;

/** One accountability case as stored. {@code outcome}: NOT_PURSUED or a {@link Sanction} code, once known. */
public record AccountabilityCase(
    long id,
    String caseNumber,
    long cadreId,
    Ground ground,
    AccidentGrade accidentGrade,
    Responsibility responsibility,
    String summary,
    CaseFacts facts,
    CaseStatus status,
    String outcome,
    String processInstanceId,
    String registeredBy,
    Instant registeredAt,
    Instant closedAt,
    CaseSource source,
    Long concernsPostingId) {

  public static final String NOT_PURSUED = "NOT_PURSUED";
  /** After review no deciding group decided a measure (不予问责): closed without a measure or a restriction. */
  public static final String NOT_HELD_ACCOUNTABLE = "NOT_HELD_ACCOUNTABLE";
}
