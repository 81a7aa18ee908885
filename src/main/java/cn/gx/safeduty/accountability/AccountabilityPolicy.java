package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.calendar.Deadline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * The accountability procedure's policy defaults (BRIEF §4, §6), from {@code safeduty.accountability.*}:
 * the appeal window, the due periods of the user tasks (ISO 8601, read by the BPMN as
 * {@code ${accountabilityPolicy.due.review}}) and the restriction periods after a sanction.
 */
@Component("accountabilityPolicy")
@ConfigurationProperties("safeduty.accountability")
@Validated
public class AccountabilityPolicy {

  static final String DURATION = "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";

  @NotBlank
  @Pattern(regexp = DURATION)
  private String appealWindow;

  @Valid
  private Due due = new Due();

  @Valid
  private Restrictions restrictions = new Restrictions();

  public String getAppealWindow() {
    return appealWindow;
  }

  public void setAppealWindow(String appealWindow) {
    this.appealWindow = appealWindow;
  }

  public Due getDue() {
    return due;
  }

  public void setDue(Due due) {
    this.due = due;
  }

  public Restrictions getRestrictions() {
    return restrictions;
  }

  public void setRestrictions(Restrictions restrictions) {
    this.restrictions = restrictions;
  }

  /** How long each user task may take; Tasklist shows the due date and the 即将到期 filter uses it. */
  public static class Due {
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String confirmExemption;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String decideProceeding;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String review;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String referral;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String decision;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String appealReview;
    @NotBlank @Pattern(regexp = Deadline.PATTERN) private String publishNotice;

    public String getConfirmExemption() {
      return confirmExemption;
    }

    public void setConfirmExemption(String confirmExemption) {
      this.confirmExemption = confirmExemption;
    }

    public String getDecideProceeding() {
      return decideProceeding;
    }

    public void setDecideProceeding(String decideProceeding) {
      this.decideProceeding = decideProceeding;
    }

    public String getReview() {
      return review;
    }

    public void setReview(String review) {
      this.review = review;
    }

    public String getReferral() {
      return referral;
    }

    public void setReferral(String referral) {
      this.referral = referral;
    }

    public String getDecision() {
      return decision;
    }

    public void setDecision(String decision) {
      this.decision = decision;
    }

    public String getAppealReview() {
      return appealReview;
    }

    public void setAppealReview(String appealReview) {
      this.appealReview = appealReview;
    }

    public String getPublishNotice() {
      return publishNotice;
    }

    public void setPublishNotice(String publishNotice) {
      this.publishNotice = publishNotice;
    }
  }

  /**
   * Restriction periods after a decided sanction. {@code periods}: for any post;
   * {@code higherPostPeriods}: for promotion to a higher post, where longer; {@code disciplinary}:
   * by kind of 处分, {@code permanent} for no end. A sanction absent from the maps restricts nothing.
   */
  public static class Restrictions {
    private boolean noticeUntilYearEnd = true;
    @NotNull private Map<Sanction, Period> periods = new EnumMap<>(Sanction.class);
    @NotNull private Map<Sanction, Period> higherPostPeriods = new EnumMap<>(Sanction.class);
    @NotNull private Map<DisciplinaryKind, String> disciplinary = new EnumMap<>(DisciplinaryKind.class);
    @NotNull private Set<Ground> oneVoteVetoGrounds = EnumSet.of(Ground.ACCIDENT_RESPONSIBILITY);

    /** Grounds whose restriction is Art 22's one-vote veto; 20(3) is always one, whatever is configured. */
    public Set<Ground> getOneVoteVetoGrounds() {
      return oneVoteVetoGrounds;
    }

    public void setOneVoteVetoGrounds(Set<Ground> oneVoteVetoGrounds) {
      this.oneVoteVetoGrounds = EnumSet.of(Ground.ACCIDENT_RESPONSIBILITY);
      this.oneVoteVetoGrounds.addAll(oneVoteVetoGrounds);
    }

    public boolean isNoticeUntilYearEnd() {
      return noticeUntilYearEnd;
    }

    public void setNoticeUntilYearEnd(boolean noticeUntilYearEnd) {
      this.noticeUntilYearEnd = noticeUntilYearEnd;
    }

    public Map<Sanction, Period> getPeriods() {
      return periods;
    }

    public void setPeriods(Map<Sanction, Period> periods) {
      this.periods = periods;
    }

    public Map<Sanction, Period> getHigherPostPeriods() {
      return higherPostPeriods;
    }

    public void setHigherPostPeriods(Map<Sanction, Period> higherPostPeriods) {
      this.higherPostPeriods = higherPostPeriods;
    }

    public Map<DisciplinaryKind, String> getDisciplinary() {
      return disciplinary;
    }

    public void setDisciplinary(Map<DisciplinaryKind, String> disciplinary) {
      this.disciplinary = disciplinary;
    }
  }
}
