package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;

/** A cadre an accident holds responsible, and the accountability case opened for them (null until open). */
public record ResponsibleCadre(long id, long accidentId, long cadreId, Ground ground, Responsibility responsibility,
    ReportingFailureKind reportingFailure, CaseFacts facts, String recordedBy, Long caseId) {
}
