package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Commendation policy from {@code safeduty.commendation.*} (policy defaults): the award forms and
 * contribution types by code with their Chinese names, the awards a nomination on the assessment's basis
 * may propose (Art 18: 记功 or 嘉奖), whether an open case stops a nomination, the public notice and its
 * length, and the due dates of the steps.
 */
@ConfigurationProperties("safeduty.commendation")
@Validated
public record CommendationPolicy(
    @NotEmpty Map<String, String> awards,
    @NotEmpty List<@NotBlank String> assessmentAwards,
    @NotEmpty Map<String, String> contributionTypes,
    boolean openCaseBlocks,
    boolean publicNotice,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String noticePeriod,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "commendation";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }

  public CommendationPolicy {
    awards = awards == null ? Map.of() : new LinkedHashMap<>(awards);
    contributionTypes = contributionTypes == null ? Map.of() : new LinkedHashMap<>(contributionTypes);
    assessmentAwards = assessmentAwards == null ? List.of() : List.copyOf(assessmentAwards);
  }

  public String awardName(String code) {
    return awards.getOrDefault(code, code);
  }
}
