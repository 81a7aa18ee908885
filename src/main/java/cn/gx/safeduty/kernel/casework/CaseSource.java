package cn.gx.safeduty.kernel.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The procedure that found a leader not fulfilling Chapter 2 duties (Art 19): an inspection tour, a
 * supervision item or an assessment, by its number, and the duties (ids of the duty catalogue).
 */
public record CaseSource(
    @NotNull Kind kind,
    @NotBlank @Size(max = 100) String ref,
    @NotEmpty @Size(max = 30) List<@NotBlank String> dutyIds) {

  public enum Kind {
    TOUR("巡查"), SUPERVISION("督查督办"), ASSESSMENT("履职考核");

    private final String chineseName;

    Kind(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }
}
