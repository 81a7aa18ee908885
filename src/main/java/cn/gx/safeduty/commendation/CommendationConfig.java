package cn.gx.safeduty.commendation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The policy settings of the commendation and candidate-vetting procedures. */
@Configuration
@EnableConfigurationProperties({CommendationPolicy.class, VettingPolicy.class})
class CommendationConfig {
}
