package cn.gx.safeduty.inspection;

import java.util.Map;

/** What a target's rating is decided from: findings by verdict, rectifications overdue, duty lists missing. */
public record RatingCounts(int notFulfilled, int partlyFulfilled, int overdueRectifications, int missingDutyLists) {

  public Map<String, Object> inputs() {
    return Map.of("notFulfilled", notFulfilled, "partlyFulfilled", partlyFulfilled,
        "overdueRectifications", overdueRectifications, "missingDutyLists", missingDutyLists);
  }
}
