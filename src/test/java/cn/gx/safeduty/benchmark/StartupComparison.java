package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.SafeDutyApplication;
import cn.gx.safeduty.benchmark.bare.BareCamundaApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 4: how long SafeDuty takes to start against a bare Camunda Spring Boot application with the
 * same webapp and REST starters, on the same database (whose schemas exist by then): each started in
 * a JVM of its own, from the process's start until its health endpoint answers UP, alternately.
 */
final class StartupComparison {

  record Result(List<Double> safeDuty, List<Double> bare) {
    static double median(List<Double> seconds) {
      return seconds.stream().sorted().toList().get(seconds.size() / 2);
    }

    double ratio() {
      return median(safeDuty) / median(bare);
    }
  }

  private final String jdbcUrl;
  private final Path logs;

  StartupComparison(String jdbcUrl) throws IOException {
    this.jdbcUrl = jdbcUrl;
    this.logs = Files.createDirectories(Path.of("target", "benchmarks"));
  }

  Result measure(int rounds) throws Exception {
    List<Double> safeDuty = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      safeDuty.add(start(SafeDutyApplication.class.getName(), productionClasspath(),
          List.of("--spring.profiles.active=postgres"), "safeduty"));
      bare.add(start(BareCamundaApp.class.getName(), System.getProperty("java.class.path"), List.of("--spring.config.name=bare",
          "--camunda.bpm.auto-deployment-enabled=false", "--camunda.bpm.history-level=full",
          "--camunda.bpm.authorization.enabled=true",
          // what SafeDuty brings onto the classpath and a bare Camunda application would not have
          "--spring.flyway.enabled=false",
          "--spring.autoconfigure.exclude=" + String.join(",",
              "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
              "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
              "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration")),
          "bare"));
    }
    return new Result(safeDuty, bare);
  }

  /**
   * SafeDuty as it ships: without the test classes, whose statement counter would otherwise be
   * scanned into it and wrap its database connections.
   */
  private static String productionClasspath() {
    String separator = java.io.File.pathSeparator;
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.util.regex.Pattern.quote(separator)))
        .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
        .collect(java.util.stream.Collectors.joining(separator));
  }

  /** Seconds from starting the JVM until the health endpoint answers UP; then the process is stopped. */
  private double start(String mainClass, String classpath, List<String> own, String name) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", classpath, mainClass, "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
        "--spring.datasource.password=unused-by-trust-auth", "--camunda.bpm.admin-user.id=" + BenchmarkApp.ADMIN,
        "--camunda.bpm.admin-user.password=" + BenchmarkApp.PASSWORD, "--camunda.bpm.job-execution.enabled=false"));
    command.addAll(own);
    long begin = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(logs.resolve(name + ".log").toFile()).start();
    try {
      cn.gx.safeduty.support.HealthWait.awaitUp(process, "http://localhost:" + port, java.time.Duration.ofMinutes(3),
          name + " (target/benchmarks/" + name + ".log)");
      return (System.nanoTime() - begin) / 1e9;
    } finally {
      process.destroy();
      process.waitFor();
    }
  }
}
