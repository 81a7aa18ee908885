package cn.gx.safeduty.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, refusals included: {@code Referrer-Policy: same-origin}
 * (links out of the webapps and documents do not carry task and case ids to other sites), and,
 * outside the Camunda webapps, which send their own, {@code nosniff}, no framing, and a
 * Content-Security-Policy that lets Swagger UI run from SafeDuty's own files only.
 */
@Configuration
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String REFERRER_POLICY = "same-origin";
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", REFERRER_POLICY);
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    chain.doFilter(request, response);
  }

  @Bean
  static FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("safeduty-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
