package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.JurisdictionLevel;
import jakarta.validation.constraints.Min;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many meetings on work safety each level owes (policy default table, {@code safeduty.meetings.*}):
 * standing-committee meetings a year presided over by the Party principal (Art 5(2)); government
 * executive meetings a year and in every quarter (Art 6(2)). A level not listed owes none. {@code urgeDue}:
 * when the quarter's urging of those behind is due.
 */
@ConfigurationProperties("safeduty.meetings")
@Validated
public record MeetingRequirements(Map<JurisdictionLevel, Requirement> byLevel,
    @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Pattern(
        regexp = cn.gx.safeduty.kernel.calendar.Deadline.PATTERN) String urgeDue) {

  /** What one level owes. */
  public record Requirement(@Min(0) int standingCommitteePerYear, @Min(0) int executivePerYear,
      @Min(0) int executivePerQuarter) {
  }

  public MeetingRequirements {
    byLevel = byLevel == null || byLevel.isEmpty() ? Map.of() : new EnumMap<>(byLevel);
  }

  public Requirement of(JurisdictionLevel level) {
    return byLevel.getOrDefault(level, new Requirement(0, 0, 0));
  }
}
