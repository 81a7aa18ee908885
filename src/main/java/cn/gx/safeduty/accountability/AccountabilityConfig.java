package cn.gx.safeduty.accountability;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The accountability procedure's policy settings. */
@Configuration
@EnableConfigurationProperties({AccountabilityPolicy.class, NoticePolicy.class})
class AccountabilityConfig {
}
