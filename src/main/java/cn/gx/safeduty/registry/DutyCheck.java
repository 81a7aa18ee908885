package cn.gx.safeduty.registry;

/**
 * A duty of Chapter 2 checked against a jurisdiction's year from what SafeDuty records: the duty, whose
 * it is ({@code cadreId} for a leader's own duty, else the jurisdiction's principal's), whether it was
 * met ({@code met} null when the records cannot tell), and why, in words.
 */
public record DutyCheck(String dutyId, String citation, Long cadreId, String cadreName, Boolean met, String detail) {
}
