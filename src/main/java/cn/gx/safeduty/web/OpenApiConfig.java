package cn.gx.safeduty.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of SafeDuty's own API; every operation needs HTTP Basic. */
@Configuration
public class OpenApiConfig {

  @Bean
  OpenAPI safeDutyOpenApi() {
    return new OpenAPI()
        .info(new Info().title("SafeDuty API").version("1")
            .description("安全生产责任制管理: registry of jurisdictions and cadres, their safety records, "
                + "and the procedures of the 2018 Guangxi rules."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
