package cn.gx.safeduty.inspection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The inspection procedures' policy settings. */
@Configuration
@EnableConfigurationProperties({SupervisionPolicy.class, TourPolicy.class})
class InspectionConfig {
}
