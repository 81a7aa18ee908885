package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The investigation conclusion: a summary and every cadre it holds responsible, with the degree
 * and the facts for Art 23–26. {@code ground} defaults to ACCIDENT_RESPONSIBILITY; REPORTING_FAILURE
 * (with its kind) records a 漏报/谎报/瞒报 the investigation found. An investigation that holds no
 * Party or government leader responsible names none and gives its {@code reason} (required then,
 * and only then).
 */
public record Conclusion(
    @NotBlank @Size(max = 4000) String summary,
    @NotNull @Valid List<@NotNull Responsible> responsible,
    @Size(max = 2000) String reason) {

  /** Whether the conclusion holds no leader responsible. */
  public boolean namesNoLeader() {
    return responsible.isEmpty();
  }

  public record Responsible(
      @NotNull Long cadreId,
      @NotNull Responsibility responsibility,
      Ground ground,
      ReportingFailureKind reportingFailure,
      @NotNull @Valid CaseFacts facts) {

    public Ground groundOrDefault() {
      return ground != null ? ground : Ground.ACCIDENT_RESPONSIBILITY;
    }
  }
}
