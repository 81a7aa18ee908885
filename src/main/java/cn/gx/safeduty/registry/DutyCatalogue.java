package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.NotFoundException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chapter 2 duties as data (BRIEF §2): {@code duties/duties.json} on the classpath, replaced by
 * {@code duties.json} in {@code safeduty.duties.directory} when an operator puts one there. Read once
 * at start-up and checked: every article of 4–10 present, ids unique, every count complete — a
 * faulty file stops the start with the reason.
 */
@Component
public class DutyCatalogue {

  static final Set<String> ARTICLES = Set.of("4", "5", "6", "7", "8", "9", "10");

  private final Map<String, Duty> duties;

  public DutyCatalogue(@Value("${safeduty.duties.directory:}") String directory) {
    Path operator = directory.isBlank() ? null : Path.of(directory, "duties.json");
    try (InputStream in = operator != null && Files.isRegularFile(operator) ? Files.newInputStream(operator)
        : new ClassPathResource("duties/duties.json").getInputStream()) {
      this.duties = read(in, operator != null && Files.isRegularFile(operator) ? operator.toString() : "duties/duties.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Duty> read(InputStream in, String where) throws IOException {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    JsonNode file = json.readTree(in);
    List<Duty> list = new ArrayList<>();
    for (JsonNode node : file.path("duties")) {
      list.add(json.treeToValue(node, Duty.class));
    }
    List<String> problems = new ArrayList<>();
    Map<String, Duty> byId = new LinkedHashMap<>();
    Set<String> articles = new TreeSet<>();
    for (Duty d : list) {
      if (byId.put(d.id(), d) != null) {
        problems.add(d.id() + ": id used twice");
      }
      articles.add(d.article());
      if (d.roles() == null || d.roles().isEmpty()) {
        problems.add(d.id() + ": no role holds it");
      }
      if (d.text() == null || d.text().isBlank() || d.summary() == null || d.summary().isBlank()) {
        problems.add(d.id() + ": text and summary are required");
      }
      if (d.checks() == null || d.checks().isEmpty()) {
        problems.add(d.id() + ": says nothing of how it is checked");
      } else {
        for (Duty.Check c : d.checks()) {
          if (c.kind() == Duty.CheckKind.COUNT && (c.measure() == null || c.minimum() == null || c.minimum() < 1
              || c.per() == null)) {
            problems.add(d.id() + ": a count needs measure, minimum ≥ 1 and per");
          }
        }
      }
    }
    Set<String> missing = new TreeSet<>(ARTICLES);
    missing.removeAll(articles);
    if (!missing.isEmpty()) {
      problems.add("no duty of article " + missing);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The duty catalogue " + where + " is not usable: " + String.join("; ", problems));
    }
    return byId;
  }

  public List<Duty> all() {
    return List.copyOf(duties.values());
  }

  public List<Duty> of(CadreRole role) {
    return duties.values().stream().filter(d -> d.roles().contains(role)).toList();
  }

  public boolean contains(String id) {
    return duties.containsKey(id);
  }

  public Duty get(String id) {
    Duty duty = duties.get(id);
    if (duty == null) {
      throw new NotFoundException("Duty", id);
    }
    return duty;
  }
}
