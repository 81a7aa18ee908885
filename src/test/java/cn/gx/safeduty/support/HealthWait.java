package cn.gx.safeduty.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits for an application started as a process of its own until its health endpoint answers UP. */
public final class HealthWait {

  private HealthWait() {
  }

  public static void awaitUp(Process process, String base, Duration limit, String name) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see its log");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not start within " + limit);
  }
}
