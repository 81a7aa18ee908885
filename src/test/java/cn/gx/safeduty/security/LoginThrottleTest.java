package cn.gx.safeduty.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing is slowed without letting anyone lock staff out: the rules on a clock of their
 * own, then every way to log in over HTTP, and the engine's own permanent lock-out switched off.
 */
@EmbeddedAppTest
class LoginThrottleTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-30T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aLockIsPerUserAndAddressBoundedAndClearedByTheRightPassword() {
    MovingClock clock = new MovingClock();
    LoginThrottle throttle = new LoginThrottle(new LoginPolicy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(5)),
        clock);
    throttle.failed("admin", "10.0.0.1");
    throttle.failed("admin", "10.0.0.1");
    assertThat(throttle.lockedUntil("admin", "10.0.0.1")).isEmpty();
    throttle.failed("admin", "10.0.0.1");
    assertThat(throttle.lockedUntil("admin", "10.0.0.1")).contains(clock.now.plus(Duration.ofMinutes(5)));
    assertThat(throttle.lockedUntil("admin", "10.0.0.2")).as("staff elsewhere still log in").isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThat(throttle.lockedUntil("admin", "10.0.0.1")).as("no lock is for good").isEmpty();

    throttle.failed("em-staff", "10.0.0.3");
    throttle.failed("em-staff", "10.0.0.3");
    throttle.succeeded("em-staff", "10.0.0.3");
    throttle.failed("em-staff", "10.0.0.3");
    assertThat(throttle.lockedUntil("em-staff", "10.0.0.3")).as("the right password clears the count").isEmpty();

    for (int i = 0; i < 5; i++) {
      throttle.failed("guess-" + i, "10.0.0.9");
    }
    assertThat(throttle.lockedUntil("someone-else", "10.0.0.9")).as("an address guessing many users").isPresent();
  }

  @Test
  void everyWayToLogInIsThrottledAndTheEnginesOwnLockIsOff() {
    Http http = new Http(port);
    String api = user();
    for (int i = 0; i < 5; i++) {
      assertThat(http.send("GET", "/api/jurisdictions", api, "wrong", null, null, Map.of()).status()).isEqualTo(401);
    }
    Response locked = http.send("GET", "/api/jurisdictions", api, "demo", null, null, Map.of());
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.contentType()).contains("application/problem+json");
    assertThat(http.send("GET", "/engine-rest/task", api, "demo", null, null, Map.of()).status()).isEqualTo(429);
    assertThat(http.get("/api/jurisdictions", "org-staff").status()).as("others from this address").isEqualTo(200);

    String webapp = user();
    cn.gx.safeduty.support.WebappSession browser = cn.gx.safeduty.support.WebappSession.open(port, "tasklist");
    for (int i = 0; i < 5; i++) {
      assertThat(login(browser, webapp, "wrong").status()).isEqualTo(401);
    }
    assertThat(login(browser, webapp, "demo").status()).isEqualTo(429);

    String engine = user();
    for (int i = 0; i < 12; i++) {
      identity.checkPassword(engine, "wrong");
    }
    assertThat(identity.checkPassword(engine, "demo")).as("the engine locks nobody for good").isTrue();
  }

  private Response login(cn.gx.safeduty.support.WebappSession browser, String user, String password) {
    return browser.call("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", Http.form(Map.of("username", user, "password", password)));
  }

  private String user() {
    String id = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setPassword("demo");
    user.setFirstName("限流");
    user.setLastName("测试");
    identity.saveUser(user);
    identity.createMembership(id, "organization");
    return id;
  }
}
