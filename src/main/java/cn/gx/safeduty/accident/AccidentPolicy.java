package cn.gx.safeduty.accident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Accident follow-up policy from {@code safeduty.accidents.*}: the reporting limits of State Council
 * Decree 493 and the investigation period with its one extension (policy defaults, BRIEF §3.5).
 */
@Component("accidentPolicy")
@ConfigurationProperties("safeduty.accidents")
@Validated
public class AccidentPolicy {

  @Valid
  private Reporting reporting = new Reporting();

  @Valid
  private Investigation investigation = new Investigation();

  @Valid
  private Due due = new Due();

  @Valid
  private CasualtyReports casualtyReports = new CasualtyReports();

  private java.util.Map<String, java.util.List<String>> industries = new java.util.LinkedHashMap<>();

  public java.util.Map<String, java.util.List<String>> getIndustries() {
    return industries;
  }

  public void setIndustries(java.util.Map<String, java.util.List<String>> industries) {
    this.industries = new java.util.LinkedHashMap<>(industries);
  }

  /** The code an accident's industry is: itself when a code, else the code whose name the text is or contains. */
  public String industryCode(String industry) {
    String text = industry.trim();
    if (industries.containsKey(text)) {
      return text;
    }
    for (var entry : industries.entrySet()) {
      if (entry.getValue().stream().anyMatch(name -> text.equals(name) || text.contains(name))) {
        return entry.getKey();
      }
    }
    return OTHER_INDUSTRY;
  }

  /** What an industry code is called (the first of its names). */
  public String industryName(String code) {
    java.util.List<String> names = industries.get(code);
    return names == null || names.isEmpty() ? code : names.get(0);
  }

  static final String OTHER_INDUSTRY = "OTHER";

  public CasualtyReports getCasualtyReports() {
    return casualtyReports;
  }

  public void setCasualtyReports(CasualtyReports casualtyReports) {
    this.casualtyReports = casualtyReports;
  }

  /**
   * Decree 493 Art 13: within {@code window} of the accident ({@code shortWindow} for the industries
   * listed, road traffic and fire), a change in deaths or serious injuries is reported promptly.
   */
  public static class CasualtyReports {
    @NotNull private Period window;
    @NotNull private Period shortWindow;
    @NotNull private java.util.List<String> shortWindowIndustries = new java.util.ArrayList<>();

    public Period getWindow() {
      return window;
    }

    public void setWindow(Period window) {
      this.window = window;
    }

    public Period getShortWindow() {
      return shortWindow;
    }

    public void setShortWindow(Period shortWindow) {
      this.shortWindow = shortWindow;
    }

    public java.util.List<String> getShortWindowIndustries() {
      return shortWindowIndustries;
    }

    public void setShortWindowIndustries(java.util.List<String> shortWindowIndustries) {
      this.shortWindowIndustries = shortWindowIndustries;
    }

    /** Whether a casualty change reported at {@code reportedAt} is later than the accident's window allows. */
    public boolean late(String industry, java.time.ZonedDateTime occurredAt, java.time.ZonedDateTime reportedAt) {
      Period allowed = shortWindowIndustries.contains(industry) ? shortWindow : window;
      return reportedAt.isAfter(occurredAt.plus(allowed));
    }
  }

  public Due getDue() {
    return due;
  }

  public void setDue(Due due) {
    this.due = due;
  }

  /** Due periods of the follow-up's user tasks ({@code 5WD} or ISO 8601, read through {@code workingDays.due}). */
  public static class Due {
    @jakarta.validation.constraints.NotBlank
    @jakarta.validation.constraints.Pattern(regexp = cn.gx.safeduty.kernel.calendar.Deadline.PATTERN)
    private String confirmReporting;
    @jakarta.validation.constraints.NotBlank
    @jakarta.validation.constraints.Pattern(regexp = cn.gx.safeduty.kernel.calendar.Deadline.PATTERN)
    private String followUp;

    public String getConfirmReporting() {
      return confirmReporting;
    }

    public void setConfirmReporting(String confirmReporting) {
      this.confirmReporting = confirmReporting;
    }

    public String getFollowUp() {
      return followUp;
    }

    public void setFollowUp(String followUp) {
      this.followUp = followUp;
    }
  }

  public Reporting getReporting() {
    return reporting;
  }

  public void setReporting(Reporting reporting) {
    this.reporting = reporting;
  }

  public Investigation getInvestigation() {
    return investigation;
  }

  public void setInvestigation(Investigation investigation) {
    this.investigation = investigation;
  }

  /** The unit reports to the county-level authority within {@code unitLimit}; each level reports up within {@code levelLimit}. */
  public static class Reporting {
    @NotNull private Duration unitLimit;
    @NotNull private Duration levelLimit;

    public Duration getUnitLimit() {
      return unitLimit;
    }

    public void setUnitLimit(Duration unitLimit) {
      this.unitLimit = unitLimit;
    }

    public Duration getLevelLimit() {
      return levelLimit;
    }

    public void setLevelLimit(Duration levelLimit) {
      this.levelLimit = levelLimit;
    }
  }

  /** The investigation's period from the accident, the one extension allowed, and how often an overdue one is chased. */
  public static class Investigation {
    @NotNull private Period period;
    @NotNull private Period maxExtension;
    @NotNull private Period overdueReminder;

    public Period getPeriod() {
      return period;
    }

    public void setPeriod(Period period) {
      this.period = period;
    }

    public Period getMaxExtension() {
      return maxExtension;
    }

    public void setMaxExtension(Period maxExtension) {
      this.maxExtension = maxExtension;
    }

    public Period getOverdueReminder() {
      return overdueReminder;
    }

    public void setOverdueReminder(Period overdueReminder) {
      this.overdueReminder = overdueReminder;
    }
  }
}
