package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SafeDuty's Simplified Chinese locale of a webapp has exactly the keys of the English file the
 * Camunda 7.24 webjar ships (an upgrade that adds keys fails here), keeps every placeholder and
 * link, and is what the app's config.js offers first.
 */
class WebappLocaleTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[^}]+?\\s*}}|<a [^>]*>|</a>|<br/>|&lt;|&gt;");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseCoversEveryEnglishKey(String app) throws IOException {
    JsonNode english = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    JsonNode chinese = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json");
    assertThat(flatten(chinese).keySet()).isEqualTo(flatten(english).keySet());
    flatten(english.get("labels")).forEach((key, text) ->
        assertThat(tokens(flatten(chinese.get("labels")).get(key))).as(key).isEqualTo(tokens(text)));
    String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
  }

  static JsonNode read(String resource) throws IOException {
    return JSON.readTree(text(resource).replace("\uFEFF", ""));
  }

  static String text(String resource) throws IOException {
    try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten(node, "", flat);
    return flat;
  }

  private static void flatten(JsonNode node, String prefix, Map<String, String> flat) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(field.getValue(), prefix + field.getKey() + ".", flat);
      }
    } else {
      flat.put(prefix.substring(0, prefix.length() - 1), node.isArray() ? "[" + node.size() + "]" : node.asText());
    }
  }

  static TreeSet<String> tokens(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
  }
}
