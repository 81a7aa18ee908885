package cn.gx.safeduty.inspection;

import java.util.List;

/**
 * One finding as its step submits it: the duty, the verdict, the evidence, the leaders concerned,
 * the rectification to order (if any), and whether more findings follow.
 */
public record NewFinding(String dutyId, Verdict verdict, String evidence, List<Long> cadreIds, String rectification,
    boolean more) {
}
