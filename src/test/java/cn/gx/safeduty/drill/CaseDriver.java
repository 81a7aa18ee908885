package cn.gx.safeduty.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Drives accountability cases through SafeDuty over HTTP as its three departments would, from a
 * process of its own, whatever happens to the nodes meanwhile: a request that fails is simply
 * tried again in the next round, and a registration whose answer was lost is looked up before it
 * is sent again (one cadre per case, so "does this cadre have a case" says whether it was taken).
 * Then checks what a crash must not break.
 */
final class CaseDriver {

  static final String PASSWORD = "drill-pass";
  static final Map<String, String> USER_OF_GROUP = Map.of(
      "emergency-management", "drill-em", "discipline-inspection", "drill-di", "organization", "drill-org");
  static final String JURISDICTION = "450126";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One case: its cadre, whether its facts exempt it (Art 25) or take it through review, decision and appeal window. */
  static final class DrillCase {
    final int number;
    final boolean exempt;
    volatile long cadreId;
    volatile long caseId;
    volatile boolean closed;
    final Set<String> completedTasks = ConcurrentHashMap.newKeySet();

    DrillCase(int number) {
      this.number = number;
      this.exempt = number % 2 == 0;
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<DrillCase> cases = new ArrayList<>();
  private final IntFunction<String> registerOn;
  private final IntFunction<String> completeOn;
  private final AtomicInteger failedRequests = new AtomicInteger();
  private final AtomicInteger refusedSteps = new AtomicInteger();

  /** Where case n is registered and where its tasks are completed (the same node, or another). */
  CaseDriver(int count, IntFunction<String> registerOn, IntFunction<String> completeOn) {
    for (int n = 1; n <= count; n++) {
      cases.add(new DrillCase(n));
    }
    this.registerOn = registerOn;
    this.completeOn = completeOn;
  }

  List<DrillCase> cases() {
    return cases;
  }

  int failedRequests() {
    return failedRequests.get();
  }

  long registered() {
    return cases.stream().filter(c -> c.caseId != 0).count();
  }

  /** The drill's staff and one cadre per case; done before anything is broken. */
  void setUp(String base) throws IOException, InterruptedException {
    for (Map.Entry<String, String> entry : USER_OF_GROUP.entrySet()) {
      String user = entry.getValue();
      send(base, "POST", "/engine-rest/user/create", DrillApp.ADMIN, DrillApp.ADMIN_PASSWORD, Map.of(
          "profile", Map.of("id", user, "firstName", "演练", "lastName", user),
          "credentials", Map.of("password", PASSWORD)));
      send(base, "PUT", "/engine-rest/group/" + entry.getKey() + "/members/" + user, DrillApp.ADMIN,
          DrillApp.ADMIN_PASSWORD, null);
    }
    for (DrillCase c : cases) {
      HttpResponse<String> created = send(base, "POST", "/api/cadres", "drill-org", PASSWORD,
          Map.of("name", "演练干部" + c.number, "jurisdictionCode", JURISDICTION, "role", "GOVERNMENT_LEADER"));
      if (created.statusCode() != 201) {
        throw new IllegalStateException("cadre not registered: " + created.body());
      }
      c.cadreId = JSON.readTree(created.body()).get("id").asLong();
    }
  }

  /** Rounds over the cases, with workers in parallel, until every case is closed or the time is up. */
  boolean drive(Duration limit, int workers) throws InterruptedException {
    Instant until = Instant.now().plus(limit);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      while (Instant.now().isBefore(until)) {
        List<DrillCase> open = cases.stream().filter(c -> !c.closed).toList();
        if (open.isEmpty()) {
          return true;
        }
        var rounds = open.stream().map(c -> pool.submit(() -> step(c))).toList();
        for (var round : rounds) {
          try {
            round.get();
          } catch (java.util.concurrent.ExecutionException e) {
            failedRequests.incrementAndGet();
          }
        }
        Thread.sleep(200);
      }
      return false;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void step(DrillCase c) {
    try {
      String base = registerOn.apply(c.number);
      if (c.caseId == 0) {
        register(base, c);
        return;
      }
      String worker = completeOn.apply(c.number);
      JsonNode view = json(send(worker, "GET", "/api/accountability-cases/" + c.caseId, "drill-em", PASSWORD, null));
      if (view == null) {
        return;
      }
      if ("CLOSED".equals(view.path("status").asText())) {
        c.closed = true;
        return;
      }
      for (JsonNode task : view.path("openTasks")) {
        String group = task.path("candidateGroup").asText();
        Map<String, Object> fields = fields(task.path("taskDefinitionKey").asText(), view);
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, cn.gx.safeduty.support.AccountabilityForms.restVariable(value)));
        HttpResponse<String> done = send(worker, "POST", "/engine-rest/task/" + task.path("id").asText() + "/submit-form",
            USER_OF_GROUP.get(group), PASSWORD, Map.of("variables", variables));
        if (done.statusCode() == 204) {
          c.completedTasks.add(task.path("id").asText());
        } else if (done.statusCode() >= 500) {
          failedRequests.incrementAndGet();
        } else if (done.statusCode() == 400) {
          refusedSteps.incrementAndGet();
          System.err.println("refused " + task.path("taskDefinitionKey").asText() + ": " + done.body());
        }
      }
    } catch (IOException | InterruptedException unreachable) {
      failedRequests.incrementAndGet();
    }
  }

  private void register(String base, DrillCase c) throws IOException, InterruptedException {
    JsonNode existing = json(send(base, "GET", "/api/accountability-cases?cadre=" + c.cadreId, "drill-em", PASSWORD, null));
    if (existing == null) {
      return;
    }
    if (existing.path("totalItems").asLong() > 0) {
      c.caseId = existing.path("items").get(0).path("id").asLong();
      return;
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("cadreId", c.cadreId);
    if (c.exempt) {
      // Art 25: a cadre responsible for an accident who fully performed the duties is exempted
      request.put("ground", "ACCIDENT_RESPONSIBILITY");
      request.put("accidentGrade", "ORDINARY");
      request.put("responsibility", "GENERAL");
    } else {
      request.put("ground", "DUTY_FAILURE");
    }
    request.put("summary", "演练案件" + c.number);
    request.put("facts", cn.gx.safeduty.support.CaseRequests.facts(c.exempt));
    JsonNode created = json(send(base, "POST", "/api/accountability-cases", "drill-em", PASSWORD, request));
    if (created != null) {
      c.caseId = created.path("id").asLong();
    }
  }

  private static Map<String, Object> fields(String taskKey, JsonNode view) {
    return cn.gx.safeduty.support.AccountabilityForms.agreeing(taskKey,
        view.path("recommendation").path("sanction").asText(), view.path("id").asLong());
  }

  /** What must hold after the drill, each broken rule a line; empty when all hold. */
  List<String> check(String base) throws IOException, InterruptedException {
    List<String> broken = new ArrayList<>();
    for (DrillCase c : cases) {
      JsonNode ofCadre = json(send(base, "GET", "/api/accountability-cases?cadre=" + c.cadreId, "drill-em", PASSWORD, null));
      if (ofCadre == null || ofCadre.path("totalItems").asLong() != 1) {
        broken.add("case " + c.number + ": " + (ofCadre == null ? "?" : ofCadre.path("totalItems").asLong())
            + " cases for its cadre, not 1");
        continue;
      }
      long id = ofCadre.path("items").get(0).path("id").asLong();
      JsonNode view = json(send(base, "GET", "/api/accountability-cases/" + id, "drill-em", PASSWORD, null));
      if (view == null || !"CLOSED".equals(view.path("status").asText())) {
        broken.add("case " + c.number + " is " + (view == null ? "unreadable" : view.path("status").asText())
            + ", not CLOSED");
        continue;
      }
      Map<String, Long> stepsByKey = new java.util.TreeMap<>();
      view.path("steps").forEach(step -> stepsByKey.merge(step.path("step").asText(), 1L, Long::sum));
      String instance = view.path("processInstanceId").asText();
      JsonNode history = json(send(base, "GET", "/engine-rest/history/task?processInstanceId=" + instance,
          DrillApp.ADMIN, DrillApp.ADMIN_PASSWORD, null));
      Map<String, Long> completedByKey = new java.util.TreeMap<>();
      Set<String> completed = new java.util.HashSet<>();
      Set<String> userTaskKeys = new java.util.HashSet<>();
      history.forEach(task -> userTaskKeys.add(task.path("taskDefinitionKey").asText()));
      stepsByKey.keySet().retainAll(userTaskKeys);
      history.forEach(task -> {
        if ("completed".equals(task.path("deleteReason").asText()) && !task.path("endTime").isNull()) {
          completed.add(task.path("id").asText());
          completedByKey.merge(task.path("taskDefinitionKey").asText(), 1L, Long::sum);
        }
      });
      c.completedTasks.stream().filter(task -> !completed.contains(task)).forEach(task ->
          broken.add("case " + c.number + ": task " + task + " answered 204 but is not completed"));
      if (!completedByKey.equals(stepsByKey)) {
        broken.add("case " + c.number + ": tasks completed " + completedByKey + ", steps recorded " + stepsByKey);
      }
      JsonNode record = json(send(base, "GET", "/api/cadres/" + c.cadreId + "/record?purpose="
          + URLEncoder.encode("演练核对", StandardCharsets.UTF_8), "drill-org", PASSWORD, null));
      int sanctions = record.path("sanctions").size();
      if (c.exempt ? sanctions != 0 : sanctions != 1) {
        broken.add("case " + c.number + (c.exempt ? " (exempt)" : "") + ": the cadre's record holds " + sanctions
            + " sanctions");
      }
      if (!c.exempt) {
        JsonNode windows = json(send(base, "GET", "/engine-rest/history/activity-instance?processInstanceId=" + instance
            + "&activityId=Event_AppealWindowExpired", DrillApp.ADMIN, DrillApp.ADMIN_PASSWORD, null));
        if (windows.size() != 1) {
          broken.add("case " + c.number + ": the appeal window ended " + windows.size() + " times");
        }
      }
    }
    if (refusedSteps.get() > 0) {
      broken.add(refusedSteps.get() + " steps were refused (400)");
    }
    return broken;
  }

  private JsonNode json(HttpResponse<String> response) throws IOException {
    if (response.statusCode() >= 500) {
      failedRequests.incrementAndGet();
    }
    if (response.statusCode() / 100 != 2) {
      return null;
    }
    return JSON.readTree(response.body());
  }

  HttpResponse<String> send(String base, String method, String path, String user, String password, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
