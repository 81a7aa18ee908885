package cn.gx.safeduty.accident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The accident follow-up's policy settings. */
@Configuration
@EnableConfigurationProperties(AccidentPolicy.class)
class AccidentConfig {
}
