package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import cn.gx.safeduty.kernel.casework.Ground;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The accountability procedure's policy defaults (BRIEF §4, §6), from {@code safeduty.accountability.*}:
 * the appeal window, the due periods of the user tasks ({@code due.review} is read by the model as
 * {@code ${deadlines.due(execution, 'accountability.review')}}) and the restriction periods after a sanction.
 */
@ConfigurationProperties("safeduty.accountability")
@Validated
public record AccountabilityPolicy(
    @NotBlank @Pattern(regexp = Deadline.PATTERN) String appealWindow,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due,
    @NotNull @Valid Restrictions restrictions) implements DuePeriods {

  @Override
  public String section() {
    return "accountability";
  }

  @Override
  public Map<String, String> periods() {
    Map<String, String> periods = new LinkedHashMap<>(due);
    periods.put("appeal-window", appealWindow);
    return periods;
  }

  /**
   * Restriction periods after a decided sanction. {@code periods}: for any post;
   * {@code higherPostPeriods}: for promotion to a higher post, where longer; {@code disciplinary}:
   * by kind of 处分, {@code permanent} for no end. A sanction absent from the maps restricts nothing.
   * {@code oneVoteVetoGrounds}: grounds whose restriction is Art 22's one-vote veto; 20(3) is always one.
   * {@code accidentVetoNoticeMinimum}: the least the 通报 period lasts when it is Art 22's veto on 20(3)
   * (none when absent), so that a decision in December is not spent in days.
   */
  public record Restrictions(
      @NotNull Boolean noticeUntilYearEnd,
      Map<Sanction, Period> periods,
      Map<Sanction, Period> higherPostPeriods,
      Map<DisciplinaryKind, String> disciplinary,
      Set<Ground> oneVoteVetoGrounds,
      Period accidentVetoNoticeMinimum) {

    public Restrictions {
      periods = periods == null ? Map.of() : Map.copyOf(periods);
      higherPostPeriods = higherPostPeriods == null ? Map.of() : Map.copyOf(higherPostPeriods);
      disciplinary = disciplinary == null ? Map.of() : Map.copyOf(disciplinary);
      Set<Ground> veto = EnumSet.of(Ground.ACCIDENT_RESPONSIBILITY);
      if (oneVoteVetoGrounds != null) {
        veto.addAll(oneVoteVetoGrounds);
      }
      oneVoteVetoGrounds = Set.copyOf(veto);
    }

    /** These restrictions with other grounds carrying the veto. */
    public Restrictions withOneVoteVetoGrounds(Set<Ground> grounds) {
      return new Restrictions(noticeUntilYearEnd, periods, higherPostPeriods, disciplinary, grounds,
          accidentVetoNoticeMinimum);
    }
  }
}
