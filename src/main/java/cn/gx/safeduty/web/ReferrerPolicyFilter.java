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
 * Every response says {@code Referrer-Policy: same-origin}: links out of the webapps and documents do
 * not carry SafeDuty's addresses (task and case ids) to other sites.
 */
@Configuration
public class ReferrerPolicyFilter extends OncePerRequestFilter {

  static final String POLICY = "same-origin";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", POLICY);
    chain.doFilter(request, response);
  }

  @Bean
  static FilterRegistrationBean<ReferrerPolicyFilter> referrerPolicy() {
    var registration = new FilterRegistrationBean<>(new ReferrerPolicyFilter());
    registration.setName("safeduty-referrer-policy");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
