package cn.gx.safeduty.accountability;

import cn.gx.safeduty.accident.AccidentGrade;

/** The baseline band for a case (policy default, kept in the DMN table {@code accountability-baseline}). */
public interface BaselineTable {

  String DECISION_KEY = "accountability-baseline";

  Band band(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility);
}
