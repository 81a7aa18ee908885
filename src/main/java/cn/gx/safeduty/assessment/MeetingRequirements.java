package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import cn.gx.safeduty.registry.JurisdictionLevel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many meetings on work safety each level owes (policy default table, {@code safeduty.meetings.*}):
 * standing-committee meetings a year presided over by the Party principal (Art 5(2)); government
 * executive meetings a year and in every quarter (Art 6(2)). A level not listed owes none. {@code due.urge}:
 * how long the quarter's urging of those behind may take.
 */
@ConfigurationProperties(prefix = "safeduty.meetings", ignoreUnknownFields = false)
@Validated
public record MeetingRequirements(Map<JurisdictionLevel, Requirement> byLevel,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "meetings";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }

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
