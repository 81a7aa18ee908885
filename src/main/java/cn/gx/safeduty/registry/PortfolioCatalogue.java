package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a leader's portfolio (分管范围, Art 4 一岗双责) may name, from {@code safeduty.portfolios}: the
 * industries of {@link IndustryCatalogue} and the other areas of work ({@code areas}, code → name);
 * {@code overallRoles}: the roles that answer for every accident of their jurisdiction whatever their
 * portfolio (the principals, and the deputy for safety who oversees it all; policy default).
 */
@ConfigurationProperties("safeduty.portfolios")
@Validated
public record PortfolioCatalogue(@NotEmpty Map<String, @NotBlank String> areas, @NotEmpty Set<CadreRole> overallRoles) {

  public PortfolioCatalogue {
    areas = areas == null ? Map.of() : new LinkedHashMap<>(areas);
    overallRoles = overallRoles == null ? Set.of() : Set.copyOf(overallRoles);
  }
}
