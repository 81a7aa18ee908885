package cn.gx.safeduty.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone shut staff out: wrong passwords are counted per user
 * and address and per address, in a window; past the limit that pair (or that address) is refused for
 * a while, then tries again. A user locked from one address still logs in from another; no lock is
 * permanent. Counts live in memory (bounded), per node.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final long MAX_TRACKED = 100_000;

  /** Failures in the current window, and until when the key is refused. */
  private record Failures(int count, Instant since, Instant lockedUntil) {
  }

  private final LoginPolicy policy;
  private final Clock clock;
  private final Cache<String, Failures> byUserAndAddress;
  private final Cache<String, Failures> byAddress;

  public LoginThrottle(LoginPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    var expiry = policy.window().compareTo(policy.lockFor()) > 0 ? policy.window() : policy.lockFor();
    this.byUserAndAddress = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(expiry).build();
    this.byAddress = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(expiry).build();
  }

  /** Until when a login of this user from this address is refused, if it is. */
  public Optional<Instant> lockedUntil(String user, String address) {
    Instant now = clock.instant();
    return java.util.stream.Stream.of(byUserAndAddress.getIfPresent(key(user, address)), byAddress.getIfPresent(address))
        .filter(f -> f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now))
        .map(Failures::lockedUntil).max(Instant::compareTo);
  }

  public void failed(String user, String address) {
    count(byUserAndAddress, key(user, address), policy.maxFailures(), "user " + user + " from " + address);
    count(byAddress, address, policy.maxFailuresPerAddress(), "address " + address);
  }

  /** A right password clears the user's count from that address (not the address's). */
  public void succeeded(String user, String address) {
    byUserAndAddress.invalidate(key(user, address));
  }

  private void count(Cache<String, Failures> cache, String key, int max, String who) {
    Instant now = clock.instant();
    Failures f = cache.asMap().compute(key, (k, old) -> {
      if (old == null || old.since().plus(policy.window()).isBefore(now)
          || old.lockedUntil() != null && !old.lockedUntil().isAfter(now)) {
        return new Failures(1, now, null);
      }
      int count = old.count() + 1;
      return new Failures(count, old.since(), count >= max ? now.plus(policy.lockFor()) : null);
    });
    if (f.lockedUntil() != null && f.count() == max) {
      log.warn("Logins of {} refused until {} after {} wrong passwords", who, f.lockedUntil(), f.count());
    }
  }

  private static String key(String user, String address) {
    return user + "\n" + address;
  }
}
