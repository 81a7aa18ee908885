package cn.gx.safeduty.drill;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/** A PostgreSQL for a drill, on a fixed port and data directory, so it can be stopped and started again with its data. */
final class DrillPostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres running;

  DrillPostgres(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** Starts the server on the data directory: a new one is initialised, an existing one keeps its data. */
  void start() throws IOException {
    // never "clean": the embedded server would delete its data directory when it stops
    running = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  /** Stops the server (a fast shutdown: connections are cut, as when the database host restarts). */
  void stop() throws IOException {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  void restart() throws IOException {
    stop();
    start();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
