package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.registry.Barred;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
   * What a decided measure bars and for how long (BRIEF §6). {@code measures}: for each sanction its
   * terms, each a period and what it bars; 通报's terms run for the 通报 period and name no period.
   * {@code disciplinary}: the period by kind of 处分 ({@code permanent} for no end), each barring
   * {@code disciplinaryBars}. A sanction absent restricts nothing. {@code oneVoteVetoGrounds}:
   * grounds whose restriction is Art 22's one-vote veto (20(3) always); on them a measure's first
   * term bars at least {@code oneVoteVetoBars}, what Art 22 names. {@code accidentVetoNoticeMinimum}:
   * the least the 通报 period lasts as the veto on 20(3), so that a December decision is not spent in days.
   */
  public record Restrictions(
      @NotNull Boolean noticeUntilYearEnd,
      Map<Sanction, List<@Valid Term>> measures,
      Map<DisciplinaryKind, String> disciplinary,
      List<Barred> disciplinaryBars,
      Set<Ground> oneVoteVetoGrounds,
      List<Barred> oneVoteVetoBars,
      Period accidentVetoNoticeMinimum) {

    public Restrictions {
      measures = measures == null ? Map.of() : Map.copyOf(measures);
      measures.forEach((sanction, terms) -> terms.forEach(t -> {
        if (t.period() == null && sanction != Sanction.NOTICE) {
          throw new IllegalArgumentException("A restriction term of " + sanction + " needs its period");
        }
      }));
      disciplinary = disciplinary == null ? Map.of() : Map.copyOf(disciplinary);
      disciplinaryBars = disciplinaryBars == null ? List.of() : List.copyOf(disciplinaryBars);
      oneVoteVetoBars = oneVoteVetoBars == null ? List.of() : List.copyOf(oneVoteVetoBars);
      Set<Ground> veto = EnumSet.of(Ground.ACCIDENT_RESPONSIBILITY);
      if (oneVoteVetoGrounds != null) {
        veto.addAll(oneVoteVetoGrounds);
      }
      oneVoteVetoGrounds = Set.copyOf(veto);
    }

    /** These restrictions with other grounds carrying the veto. */
    public Restrictions withOneVoteVetoGrounds(Set<Ground> grounds) {
      return new Restrictions(noticeUntilYearEnd, measures, disciplinary, disciplinaryBars, grounds, oneVoteVetoBars,
          accidentVetoNoticeMinimum);
    }
  }

  /** One term of a measure: {@code period} from the decision date, barring {@code bars}. */
  public record Term(Period period, @NotEmpty List<Barred> bars) {
  }
}
