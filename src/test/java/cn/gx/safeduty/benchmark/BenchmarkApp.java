package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.SafeDutyApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SafeDuty as production runs it, for a benchmark: a real PostgreSQL (the embedded binaries the
 * tests use), the {@code postgres} profile, history level FULL, the app's own configuration; only the
 * job executor is off, so that the driver fires the timers itself, the same way for every run.
 */
final class BenchmarkApp implements AutoCloseable {

  /** As a server for this database would have it; the embedded default is 128MB. */
  static final String SHARED_BUFFERS = "1GB";
  static final String ADMIN = "bench-admin";
  static final String PASSWORD = "bench-secret";

  final EmbeddedPostgres postgres;
  final ConfigurableApplicationContext context;
  final long startupMillis;

  BenchmarkApp() throws IOException {
    postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", SHARED_BUFFERS).start();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "unused-by-trust-auth");
    settings.put("camunda.bpm.admin-user.id", ADMIN);
    settings.put("camunda.bpm.admin-user.password", PASSWORD);
    settings.put("camunda.bpm.job-execution.enabled", "false");
    settings.put("server.port", "0");
    settings.put("logging.level.root", "WARN");
    long start = System.nanoTime();
    // as arguments, which outrank the profile's settings from the environment
    String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    context = new SpringApplicationBuilder(SafeDutyApplication.class).profiles("postgres").run(arguments);
    startupMillis = (System.nanoTime() - start) / 1_000_000;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** A user of each department (password {@code demo}), by its group; see {@link #ensureDepartmentUsers()}. */
  static final Map<String, String> USER_OF_GROUP = Map.of("emergency-management", "bench-em",
      "discipline-inspection", "bench-di", "organization", "bench-org");

  /** Creates the departments' users of {@link #USER_OF_GROUP} unless they exist. */
  void ensureDepartmentUsers() {
    var identity = bean(org.camunda.bpm.engine.IdentityService.class);
    USER_OF_GROUP.forEach((group, id) -> {
      if (identity.createUserQuery().userId(id).count() == 0) {
        var user = identity.newUser(id);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(id, group);
      }
    });
  }

  /** Stops SafeDuty, leaving its database running. */
  void stopApp() {
    if (context.isActive()) {
      context.close();
    }
  }

  @Override
  public void close() throws IOException {
    stopApp();
    postgres.close();
  }
}
