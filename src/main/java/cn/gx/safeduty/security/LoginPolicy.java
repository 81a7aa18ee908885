package cn.gx.safeduty.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How logins are throttled ({@code safeduty.login.*}): per user and address, per address, for how long. */
@ConfigurationProperties("safeduty.login")
@Validated
public record LoginPolicy(@Min(1) int maxFailures, @Min(1) int maxFailuresPerAddress, @NotNull Duration window,
    @NotNull Duration lockFor) {
}
