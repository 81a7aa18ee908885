package cn.gx.safeduty.accountability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a decision notice says of each kind of measure (policy default, {@code safeduty.accountability.notice}):
 * the legal basis it cites beside the regulation, and the remedy it offers. Every kind must be configured.
 */
@ConfigurationProperties("safeduty.accountability.notice")
@Validated
public record NoticePolicy(@NotNull Map<MeasureCategory, @Valid @NotNull Citation> measures) {

  public NoticePolicy {
    EnumMap<MeasureCategory, Citation> all = new EnumMap<>(MeasureCategory.class);
    if (measures != null) {
      all.putAll(measures);
    }
    for (MeasureCategory category : MeasureCategory.values()) {
      if (!all.containsKey(category)) {
        throw new IllegalArgumentException("safeduty.accountability.notice.measures." + category + " is not configured");
      }
    }
    measures = Map.copyOf(all);
  }

  public record Citation(@NotBlank String basis, @NotNull MeasureCategory.Remedy remedy) {
  }

  public Citation of(MeasureCategory category) {
    return measures.get(category);
  }
}
