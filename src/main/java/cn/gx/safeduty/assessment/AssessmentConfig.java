package cn.gx.safeduty.assessment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The assessment procedure's policy settings. */
@Configuration
@EnableConfigurationProperties({MeetingRequirements.class, AssessmentPolicy.class})
class AssessmentConfig {
}
