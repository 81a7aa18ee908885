package cn.gx.safeduty.accountability;

import java.time.Instant;

/** What one department did in one task of a case: its opinion, proposal (Art 27) or confirmation. */
public record CaseStep(String step, String stepName, String groupId, String doneBy, String outcome, String proposed,
    String remarks, Instant doneAt) {
}
