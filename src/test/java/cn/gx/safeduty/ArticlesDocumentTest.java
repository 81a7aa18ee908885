package cn.gx.safeduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/articles.md} stays true: every BPMN element, model file, class, method and test it names
 * in its element, class and test columns exists — the models read by Camunda's model API, the
 * classes loaded and their members found by reflection, not matched as text.
 */
class ArticlesDocumentTest {

  /** One short line per cell. */
  static final int MAX_CELL = 160;

  static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  static final Pattern BPMN_ELEMENT = Pattern.compile(
      "(Task|Event|Gateway|SubProcess|CallActivity|Activity|Flow|Lane|Participant)_\\w+\\*?");
  static final Pattern MODEL_FILE = Pattern.compile("[\\w-]+\\.(bpmn|dmn)");
  static final Pattern CLASS = Pattern.compile("((?:[a-z]\\w*\\.)*)([A-Z]\\w*(?:\\.[A-Z]\\w*)*)(?:\\.([a-z]\\w*))?");
  static final Pattern MEMBER = Pattern.compile("\\.([a-z]\\w*)");
  static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

  static Set<String> elementIds = new HashSet<>();
  static Map<String, List<String>> classesBySimpleName = new HashMap<>();

  @BeforeAll
  static void readModelsAndClasses() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        instance.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
            .filter(java.util.Objects::nonNull).forEach(elementIds::add);
      }
    }
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> sources = Files.walk(Path.of(root))) {
        sources.filter(f -> f.toString().endsWith(".java")).forEach(source -> {
          String name = Path.of(root).relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
          classesBySimpleName.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), n -> new ArrayList<>())
              .add(name);
        });
      }
    }
  }

  @Test
  void everyElementClassMethodAndTestItNamesExists() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(Path.of("docs/articles.md"))) {
      if (!line.startsWith("| ") || line.startsWith("| Art ")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String article = cells[1].trim();
      for (int column = 2; column < cells.length; column++) {
        if (cells[column].trim().length() > MAX_CELL) {
          broken.add("Art " + article + ": a cell of " + cells[column].trim().length()
              + " characters; one short line each, the detail in the classes' comments");
        }
      }
      for (int column = 3; column < cells.length; column++) {
        int before = checked;
        Class<?> last = null;
        Matcher tokens = BACKTICKED.matcher(cells[column]);
        while (tokens.find()) {
          String token = tokens.group(1).trim();
          String where = "Art " + article + ": `" + token + "`";
          Matcher member = MEMBER.matcher(token);
          Matcher named = CLASS.matcher(token);
          if (BPMN_ELEMENT.matcher(token).matches()) {
            checked++;
            if (!elementExists(token)) {
              broken.add(where + " is no element of any model");
            }
          } else if (MODEL_FILE.matcher(token).matches()) {
            checked++;
            if (!Files.exists(Path.of("processes", token))) {
              broken.add(where + " is no file in processes/");
            }
          } else if (member.matches()) {
            checked++;
            if (last == null || !hasMember(last, member.group(1))) {
              broken.add(where + (last == null ? " follows no class" : " is no member of " + last.getSimpleName()));
            }
          } else if (!CONSTANT.matcher(token).matches() && named.matches()) {
            checked++;
            Class<?> type = load(named.group(1), named.group(2));
            if (type == null) {
              broken.add(where + " names no class");
            } else if (named.group(3) != null && !hasMember(type, named.group(3))) {
              broken.add(where + ": " + type.getSimpleName() + " has no " + named.group(3));
            }
            last = type;
          }
        }
        if (column >= 4 && checked == before) {
          broken.add("Art " + article + ": column " + column + " names no class or test");
        }
      }
    }
    assertThat(broken).as("docs/articles.md names what is not there").isEmpty();
    assertThat(checked).isGreaterThan(120);
  }

  private static boolean elementExists(String token) {
    if (token.endsWith("*")) {
      String prefix = token.substring(0, token.length() - 1);
      return elementIds.stream().anyMatch(id -> id.startsWith(prefix));
    }
    return elementIds.contains(token);
  }

  /** The class a reference names: {@code registry.CadreRole}, {@code CadreRole}, {@code Conclusion.Responsible}. */
  private static Class<?> load(String packagePrefix, String names) {
    String[] nesting = names.split("\\.");
    List<String> candidates = classesBySimpleName.getOrDefault(nesting[0], List.of()).stream()
        .filter(name -> name.startsWith("cn.gx.safeduty.") && name.contains("." + packagePrefix + nesting[0])
            && name.endsWith("." + packagePrefix + nesting[0]))
        .toList();
    if (candidates.size() != 1) {
      return null;
    }
    try {
      Class<?> type = Class.forName(candidates.get(0));
      for (int i = 1; i < nesting.length; i++) {
        Class<?> outer = type;
        String nested = nesting[i];
        type = Stream.of(outer.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(nested)).findFirst()
            .orElse(null);
        if (type == null) {
          return null;
        }
      }
      return type;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** A method, field, enum constant or record component of the class or of a class it extends. */
  private static boolean hasMember(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      List<Member> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
      members.addAll(List.of(c.getDeclaredFields()));
      if (members.stream().anyMatch(m -> m.getName().equals(name))) {
        return true;
      }
    }
    return Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals(name));
  }
}
