package cn.gx.safeduty.kernel.task;

import java.time.Instant;

/** Who completes which step of which process instance, and when; what a step rule needs besides the fields. */
public record TaskStep(String processKey, String processInstanceId, String taskId, String taskKey, String taskName,
    String groupId, String userId, Instant at) {
}
