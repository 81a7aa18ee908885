package cn.gx.safeduty.commendation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The commendation procedure's policy settings. */
@Configuration
@EnableConfigurationProperties(CommendationPolicy.class)
class CommendationConfig {
}
