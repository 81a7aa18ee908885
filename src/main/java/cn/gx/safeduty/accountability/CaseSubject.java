package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreStatus;

/** What the rules look at: the ground, the accident's grade and the cadre's degree of responsibility, the facts, the cadre's status. */
public record CaseSubject(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility, CaseFacts facts,
    CadreStatus cadreStatus) {
}
