package cn.gx.safeduty.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Filters in front of the engine API: Basic authentication on /engine-rest, the expression guard on both API paths. */
@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties(LoginPolicy.class)
public class EngineApiSecurityConfig {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";

  /** First of all: a user and address refused for wrong passwords go no further (see {@link LoginThrottle}). */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      cn.gx.safeduty.web.ProblemResponses problems, java.time.Clock clock) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, problems, clock));
    registration.setName("safeduty-login-throttle");
    registration.addUrlPatterns("/api/*", ENGINE_REST, LoginThrottleFilter.WEBAPP_LOGIN + "*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter());
    registration.setName("safeduty-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard(ProcessEngine processEngine) {
    var registration = new FilterRegistrationBean<>(new ExpressionQueryGuard(processEngine));
    registration.setName("safeduty-expression-query-guard");
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
