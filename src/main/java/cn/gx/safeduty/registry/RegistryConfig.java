package cn.gx.safeduty.registry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The registry's reference data bound from configuration. */
@Configuration
@EnableConfigurationProperties({IndustryCatalogue.class, PortfolioCatalogue.class})
class RegistryConfig {
}
