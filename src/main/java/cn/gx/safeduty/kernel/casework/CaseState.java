package cn.gx.safeduty.kernel.casework;

/**
 * Where a case stands, as a procedure that opened it shows it: its status code and the outcome once known,
 * each also in words (审查中; 诫勉, 不予追究).
 */
public record CaseState(long id, String caseNumber, String status, String outcome, String statusName,
    String outcomeName) {
}
