package cn.gx.safeduty.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One SafeDuty node for a drill: the packaged jar started as production starts it (the postgres
 * profile, configured from the environment), as a process of its own that can be killed with
 * SIGKILL and started again.
 */
final class DrillApp {

  static final String ADMIN = "drill-admin";
  static final String ADMIN_PASSWORD = "drill-admin-secret";

  private final String name;
  private final Path jar;
  private final int port;
  private final String jdbcUrl;
  private final Path log;
  private final List<String> settings;
  private Process process;

  DrillApp(String name, Path jar, int port, String jdbcUrl, Path logDirectory, List<String> settings) {
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.jdbcUrl = jdbcUrl;
    this.log = logDirectory.resolve(name + ".log");
    this.settings = List.copyOf(settings);
  }

  String base() {
    return "http://localhost:" + port;
  }

  String name() {
    return name;
  }

  void start() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
        // the job log names the node that ran each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    settings.forEach(setting -> command.add("--" + setting));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    builder.environment().put("SAFEDUTY_DB_URL", jdbcUrl);
    builder.environment().put("SAFEDUTY_DB_USER", "postgres");
    builder.environment().put("SAFEDUTY_DB_PASSWORD", "unused-by-trust-auth");
    builder.environment().put("SAFEDUTY_ADMIN_USER", ADMIN);
    builder.environment().put("SAFEDUTY_ADMIN_PASSWORD", ADMIN_PASSWORD);
    process = builder.start();
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    cn.gx.safeduty.support.HealthWait.awaitUp(process, base(), Duration.ofMinutes(3), name + " (" + log + ")");
  }

  /** SIGKILL: no shutdown hook, no transaction finished, as when the machine loses power. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  /** A copy of the packaged jar in the drill's directory, so that a build meanwhile does not change the nodes. */
  static Path packagedJar(Path work) throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      Path jar = files.filter(f -> f.getFileName().toString().matches("safeduty-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no target/safeduty-*.jar: run mvn package first"));
      return Files.copy(jar, work.resolve("safeduty.jar"));
    }
  }
}
