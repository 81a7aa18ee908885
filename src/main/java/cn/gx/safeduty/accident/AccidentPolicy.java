package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Accident follow-up policy from {@code safeduty.accidents.*}: the reporting limits of State Council
 * Decree 493, the investigation period with its one extension (policy defaults, BRIEF §3.5), the
 * casualty-report windows (by industry code of the registry's catalogue), and the due periods of the
 * follow-up's user tasks.
 */
@ConfigurationProperties("safeduty.accidents")
@Validated
public record AccidentPolicy(
    @NotNull @Valid Reporting reporting,
    @NotNull @Valid Investigation investigation,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due,
    @NotNull @Valid CasualtyReports casualtyReports) implements DuePeriods {

  @Override
  public String section() {
    return "accidents";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }

  /**
   * The unit reports to the county-level authority within {@code unitLimit}; each level reports up
   * within {@code levelLimit}. {@code skippedLevelCovered}: a level passed over by a lawful skip
   * (越级上报, Art 10) is not missed when a higher level received the report within that level's own
   * limit. {@code lossRevisionFalseAcrossGradeOnly}: a revised direct loss is a 谎报 lead only when the
   * first figure put the accident in a lower grade than the revised one (an estimate later revised is
   * not by itself a false report). Both policy defaults (BRIEF §3.5).
   */
  public record Reporting(@NotNull Duration unitLimit, @NotNull Duration levelLimit, boolean skippedLevelCovered,
      boolean lossRevisionFalseAcrossGradeOnly) {
  }

  /** The investigation's period from the accident, the one extension allowed, and how often an overdue one is chased. */
  public record Investigation(@NotNull Period period, @NotNull Period maxExtension, @NotNull Period overdueReminder) {
  }

  /**
   * Decree 493 Art 13: within {@code window} of the accident ({@code shortWindow} for the industries
   * listed, road traffic and fire), a change in deaths or serious injuries is reported promptly.
   */
  public record CasualtyReports(@NotNull Period window, @NotNull Period shortWindow,
      List<String> shortWindowIndustries) {

    public CasualtyReports {
      shortWindowIndustries = shortWindowIndustries == null ? List.of() : List.copyOf(shortWindowIndustries);
    }

    /** Whether a casualty change reported at {@code reportedAt} is later than the accident's window allows. */
    public boolean late(String industry, ZonedDateTime occurredAt, ZonedDateTime reportedAt) {
      Period allowed = shortWindowIndustries.contains(industry) ? shortWindow : window;
      return reportedAt.isAfter(occurredAt.plus(allowed));
    }
  }
}
