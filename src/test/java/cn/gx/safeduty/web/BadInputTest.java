package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every SafeDuty endpoint that takes a body, fed bodies that are wrong in every way the OpenAPI
 * description lets us generate: each field of the wrong type, an unknown field, a fraction for a
 * whole number, a NUL or a huge text, required fields missing, nesting too deep, bytes that are not
 * UTF-8, no JSON at all. Every answer is a 4xx problem+json naming no internals, and the database
 * (every table's row count, the engine's instances and history) is exactly what it was.
 */
@EmbeddedAppTest
class BadInputTest {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String HUGE = "长".repeat(1_000_000);

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ProcessEngine engine;

  record Attempt(String what, String method, String path, String contentType, byte[] body) {
  }

  @Test
  void everyMalformedBodyIsA4xxProblemAndWritesNothing() {
    Http http = new Http(port);
    JsonNode openApi = http.get("/v3/api-docs", "admin").json();
    List<Attempt> attempts = attempts(openApi);
    assertThat(attempts.stream().map(a -> a.method() + " " + a.path()).distinct())
        .as("endpoints with a JSON or CSV body").hasSizeGreaterThanOrEqualTo(20);

    Map<String, Long> before = counts();
    List<String> wrong = new ArrayList<>();
    for (Attempt attempt : attempts) {
      Response response = http.sendBytes(attempt.method(), attempt.path(), "admin", attempt.contentType(), attempt.body());
      String label = attempt.method() + " " + attempt.path() + " (" + attempt.what() + ") → " + response.status();
      if (response.status() < 400 || response.status() >= 500) {
        wrong.add(label + " " + abbreviated(response.body()));
      } else if (!response.contentType().startsWith("application/problem+json")) {
        wrong.add(label + " as " + response.contentType());
      } else if (response.body().contains("Exception") || response.body().contains("SQL")
          || response.body().contains("org.") || response.body().contains("java.")) {
        wrong.add(label + " tells internals: " + abbreviated(response.body()));
      }
    }
    assertThat(wrong).as("answers that are not a clean 4xx problem").isEmpty();
    assertThat(counts()).as("rows and instances after %d malformed requests", attempts.size()).isEqualTo(before);
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** Every table's row count, and the engine's running and historic instances. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
        + "AND table_type = 'BASE TABLE'").query(String.class).list()) {
      counts.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
    }
    counts.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    counts.put("historic instances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    return counts;
  }

  List<Attempt> attempts(JsonNode openApi) {
    List<Attempt> attempts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      String concrete = path.getKey().replaceAll("\\{code}", "450126").replaceAll("\\{[^}]+}", "1");
      for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = operations.next();
        String method = operation.getKey().toUpperCase();
        JsonNode content = operation.getValue().path("requestBody").path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
          String type = types.next();
          if (type.startsWith("application/json")) {
            JsonNode schema = resolve(openApi, content.get(type).get("schema"));
            attempts.addAll(jsonAttempts(openApi, method, concrete, schema));
          } else if (type.startsWith("multipart/form-data")) {
            JsonNode schema = resolve(openApi, content.get(type).get("schema"));
            String part = schema.path("properties").fieldNames().hasNext()
                ? schema.path("properties").fieldNames().next() : "file";
            attempts.addAll(fileAttempts(method, concrete, part));
          }
        }
      }
    }
    return attempts;
  }

  private List<Attempt> jsonAttempts(JsonNode openApi, String method, String path, JsonNode schema) {
    List<Attempt> attempts = new ArrayList<>();
    ObjectNode valid = (ObjectNode) example(openApi, schema, 0);
    if (schema.has("required") && !schema.get("required").isEmpty()) {
      attempts.add(json("required fields missing", method, path, NODES.objectNode()));
    }
    ObjectNode unknown = valid.deepCopy();
    unknown.put("notAFieldOfThisRequest", 1);
    attempts.add(json("an unknown field", method, path, unknown));
    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
      Map.Entry<String, JsonNode> property = properties.next();
      String name = property.getKey();
      JsonNode type = resolve(openApi, property.getValue());
      for (Map.Entry<String, JsonNode> wrongValue : wrongValues(type).entrySet()) {
        ObjectNode body = valid.deepCopy();
        body.set(name, wrongValue.getValue());
        attempts.add(json(name + ": " + wrongValue.getKey(), method, path, body));
      }
    }
    StringBuilder deep = new StringBuilder();
    deep.append("[".repeat(5000)).append("]".repeat(5000));
    ObjectNode shell = valid.deepCopy();
    String first = schema.path("properties").fieldNames().hasNext() ? schema.path("properties").fieldNames().next() : "x";
    shell.put(first, "DEEP");
    attempts.add(new Attempt("nesting 5000 deep", method, path, "application/json",
        shell.toString().replace("\"DEEP\"", deep).getBytes(StandardCharsets.UTF_8)));
    byte[] text = valid.toString().getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[text.length + 2];
    int quote = valid.toString().indexOf(":\"") + 2;
    System.arraycopy(text, 0, broken, 0, quote);
    broken[quote] = (byte) 0xC3;
    broken[quote + 1] = (byte) 0x28;
    System.arraycopy(text, quote, broken, quote + 2, text.length - quote);
    attempts.add(new Attempt("bytes that are not UTF-8", method, path, "application/json", broken));
    attempts.add(new Attempt("not JSON", method, path, "application/json", "{\"".getBytes(StandardCharsets.UTF_8)));
    attempts.add(new Attempt("a JSON array for the object", method, path, "application/json",
        "[]".getBytes(StandardCharsets.UTF_8)));
    return attempts;
  }

  /**
   * A file upload: files that are wrong whatever the endpoint wants (empty, not text in UTF-8 nor a
   * PDF, sent under another part's name) and, for the cadre import, CSV files wrong in every way,
   * both uploaded and sent as a {@code text/csv} body.
   */
  private static List<Attempt> fileAttempts(String method, String path, String part) {
    List<Attempt> attempts = new ArrayList<>();
    byte[] garbage = {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x25, 0x50};
    attempts.add(multipart("an empty file", method, path, part, "application/octet-stream", new byte[0]));
    attempts.add(multipart("bytes that are neither UTF-8 nor a PDF", method, path, part, "application/pdf", garbage));
    attempts.add(multipart("the file under another name", method, path, "notThePart", "application/pdf", garbage));
    if (path.endsWith("/import")) {
      String header = "name,jurisdiction_code,role\n";
      Map<String, byte[]> csv = new LinkedHashMap<>();
      csv.put("a quote left open", (header + "\"张三,450126,PARTY_SECRETARY\n").getBytes(StandardCharsets.UTF_8));
      csv.put("not UTF-8", (header + "张三,450126,PARTY_SECRETARY\n").getBytes(java.nio.charset.Charset.forName("GBK")));
      csv.put("a NUL", (header + "张\u0000三,450126,PARTY_SECRETARY\n").getBytes(StandardCharsets.UTF_8));
      csv.put("an unknown role", (header + "张三,450126,EMPEROR\n").getBytes(StandardCharsets.UTF_8));
      csv.put("a formula for a name", (header + "\"=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\",450126,PARTY_SECRETARY\n")
          .getBytes(StandardCharsets.UTF_8));
      csv.put("a cell starting with @", (header + "@SUM(1+1),450126,PARTY_SECRETARY\n").getBytes(StandardCharsets.UTF_8));
      csv.put("a bidirectional override", (header + "张\u202E三,450126,PARTY_SECRETARY\n").getBytes(StandardCharsets.UTF_8));
      csv.put("a fractional flag", (header.replace("\n", ",safety_committee_vice_chair\n")
          + "张三,450126,PARTY_SECRETARY,1.5\n").getBytes(StandardCharsets.UTF_8));
      csv.put("no rows", new byte[0]);
      csv.put("too large", (header + "张三,450126,PARTY_SECRETARY\n".repeat(120_000)).getBytes(StandardCharsets.UTF_8));
      csv.forEach((what, bytes) -> {
        attempts.add(new Attempt("CSV body: " + what, method, path, "text/csv", bytes));
        attempts.add(multipart("CSV file: " + what, method, path, part, "text/csv", bytes));
      });
    }
    return attempts;
  }

  private static Attempt multipart(String what, String method, String path, String part, String fileType, byte[] file) {
    String boundary = "----BadInput" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"x\"\r\n"
        + "Content-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Attempt(what, method, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private static Attempt json(String what, String method, String path, JsonNode body) {
    return new Attempt(what, method, path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Values no field of this schema type accepts. */
  private static Map<String, JsonNode> wrongValues(JsonNode type) {
    Map<String, JsonNode> wrong = new LinkedHashMap<>();
    String kind = type.path("type").asText(type.has("properties") ? "object" : "");
    switch (kind) {
      case "string" -> {
        wrong.put("a number", NODES.numberNode(12345));
        wrong.put("an object", NODES.objectNode().put("a", 1));
        wrong.put("a NUL", NODES.textNode("前\u0000后"));
        wrong.put("a million characters", NODES.textNode(HUGE));
        if (type.has("enum")) {
          wrong.put("no such value", NODES.textNode("NO_SUCH_VALUE"));
        }
        if (type.has("format")) {
          wrong.put("not a " + type.get("format").asText(), NODES.textNode("去年某日"));
        }
      }
      case "integer" -> {
        wrong.put("a fraction", NODES.numberNode(1.5));
        wrong.put("a text", NODES.textNode("一"));
        wrong.put("a yes/no", NODES.booleanNode(true));
      }
      case "number" -> {
        wrong.put("a text", NODES.textNode("很多"));
        wrong.put("a yes/no", NODES.booleanNode(true));
      }
      case "boolean" -> {
        wrong.put("a text", NODES.textNode("是"));
        wrong.put("a number", NODES.numberNode(1));
      }
      case "array" -> {
        wrong.put("a text", NODES.textNode("列表"));
        wrong.put("an object", NODES.objectNode());
      }
      case "object" -> {
        wrong.put("a text", NODES.textNode("对象"));
        wrong.put("an array", NODES.arrayNode());
      }
      default -> wrong.put("an array", NODES.arrayNode());
    }
    return wrong;
  }

  /** A value of the schema's shape (not necessarily one the endpoint accepts). */
  private static JsonNode example(JsonNode openApi, JsonNode schema, int depth) {
    JsonNode type = resolve(openApi, schema);
    if (type.has("enum")) {
      return NODES.textNode(type.get("enum").get(0).asText());
    }
    String kind = type.path("type").asText(type.has("properties") ? "object" : "string");
    return switch (kind) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        if (depth < 4) {
          type.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(openApi, p.getValue(), depth + 1)));
        }
        yield object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (depth < 4) {
          array.add(example(openApi, type.path("items"), depth + 1));
        }
        yield array;
      }
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(false);
      default -> switch (type.path("format").asText()) {
        case "date" -> NODES.textNode("2020-01-01");
        case "date-time" -> NODES.textNode("2020-01-01T00:00:00Z");
        default -> NODES.textNode("测试");
      };
    };
  }

  private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
      resolved = openApi.path("components").path("schemas").path(name);
    }
    if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
      return resolve(openApi, resolved.get("allOf").get(0));
    }
    return resolved;
  }
}
