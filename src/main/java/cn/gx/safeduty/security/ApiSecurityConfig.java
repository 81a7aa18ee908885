package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import static cn.gx.safeduty.kernel.SafeDutyGroup.ADMIN;
import static cn.gx.safeduty.kernel.SafeDutyGroup.DISCIPLINE_INSPECTION;
import static cn.gx.safeduty.kernel.SafeDutyGroup.EMERGENCY_MANAGEMENT;
import static cn.gx.safeduty.kernel.SafeDutyGroup.ORGANIZATION;

import cn.gx.safeduty.web.ProblemResponses;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic on SafeDuty's own {@code /api/**}: every caller authenticates; reading is open to
 * every SafeDuty group; writing the registry to the organisation department; recording accidents,
 * their conclusions and accountability cases to emergency management (Art 28); recording an appeal or new facts to any department.
 * Nothing else passes through Spring Security: the webapps and {@code /engine-rest} keep Camunda's
 * own authentication, CSRF and header filters.
 */
@Configuration
public class ApiSecurityConfig {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    AuthenticationEntryPoint challenge = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"SafeDuty\", charset=\"UTF-8\"");
      problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send HTTP Basic credentials of a SafeDuty user.");
    };
    String[] everyGroup = Arrays.stream(SafeDutyGroup.values()).map(SafeDutyGroup::id).toArray(String[]::new);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/api/cadres/*/record-access").hasAnyAuthority(ORGANIZATION.id(), ADMIN.id())
            .requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(everyGroup)
            .requestMatchers(HttpMethod.POST, "/api/accountability-cases", "/api/accidents", "/api/accidents/*/conclusion",
                "/api/accidents/*/corrections", "/api/accidents/*/receipts", "/api/supervision-items", "/api/inspection-tours",
                "/api/safety-meetings", "/api/assessment-cycles", "/api/compliance/safety-deputies/supervision-items",
                "/api/safety-budgets", "/api/situation-analyses")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), ADMIN.id())
            .requestMatchers(HttpMethod.PUT, "/api/assessment-cycles/*/assessees/*/duty-report-file")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), ADMIN.id())
            .requestMatchers(HttpMethod.POST, "/api/commendations", "/api/commendations/take-up-proposals")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), ORGANIZATION.id(), ADMIN.id())
            .requestMatchers(HttpMethod.POST, "/api/commendations/*/objections")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), DISCIPLINE_INSPECTION.id(), ORGANIZATION.id(), ADMIN.id())
            .requestMatchers(HttpMethod.POST, "/api/candidate-vettings").hasAnyAuthority(ORGANIZATION.id(), ADMIN.id())
            .requestMatchers(HttpMethod.POST, "/api/duty-lists", "/api/duty-lists/*/reviews")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), ORGANIZATION.id(), ADMIN.id())
            .requestMatchers(HttpMethod.POST, "/api/accountability-cases/*/appeal", "/api/accountability-cases/*/new-facts")
                .hasAnyAuthority(EMERGENCY_MANAGEMENT.id(), DISCIPLINE_INSPECTION.id(), ORGANIZATION.id(), ADMIN.id())
            .requestMatchers("/api/cadres/**", "/api/cadres", "/api/jurisdictions/**", "/api/jurisdictions")
                .hasAnyAuthority(ORGANIZATION.id(), ADMIN.id())
            .anyRequest().hasAuthority(ADMIN.id()))
        .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(challenge)
            .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                "Not permitted", "Your groups may not " + request.getMethod() + " " + request.getRequestURI() + ".")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
