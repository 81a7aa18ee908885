package cn.gx.safeduty.security;

import cn.gx.safeduty.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every way to log in — Basic credentials on /api and /engine-rest, the webapps' login
 * form — a refused user and address get 429 with Retry-After before any password is checked; a 401
 * after the check counts as a wrong password, anything else clears the count.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;
  private final ProblemResponses problems;
  private final Clock clock;

  public LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems, Clock clock) {
    this.throttle = throttle;
    this.problems = problems;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest forwarded = request;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      CachedBodyRequest cached = new CachedBodyRequest(request);
      user = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
      forwarded = cached;
    }
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Instant> locked = throttle.lockedUntil(user, address);
    if (locked.isPresent()) {
      long seconds = Math.max(1, Duration.between(clock.instant(), locked.get()).toSeconds());
      response.setHeader("Retry-After", String.valueOf(seconds));
      problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong passwords",
          "Logins of this user from this address are paused; try again in " + seconds + " seconds.");
      return;
    }
    chain.doFilter(forwarded, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(user, address);
    } else {
      throttle.succeeded(user, address);
    }
  }

  static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN)
        && request.getRequestURI().contains("/login/");
  }

  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? decoded.substring(0, colon) : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
