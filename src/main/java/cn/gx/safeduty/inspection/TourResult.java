package cn.gx.safeduty.inspection;

/** What one tour found of a target: where it stands and, once rated, the rating and what it was rated from. */
public record TourResult(String tourNumber, TargetStatus status, Rating rating, RatingCounts counts) {
}
