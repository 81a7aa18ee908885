package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The industries as emergency-management accident statistics code them, from
 * {@code safeduty.industries.codes}: each code with the names a free-text industry is matched against,
 * the first being the one shown. An accident is coded by them, and a leader's portfolio (分管范围) names
 * them. A text is the code whose name it contains, the longest such name winning (渔业船舶 over 船舶);
 * a text naming none is {@link #OTHER}.
 */
@ConfigurationProperties("safeduty.industries")
@Validated
public record IndustryCatalogue(@NotEmpty Map<String, @NotEmpty List<@NotBlank String>> codes) {

  public static final String OTHER = "OTHER";

  /** One industry: its code and the name it is shown by. */
  public record Industry(String code, String name) {
  }

  public IndustryCatalogue {
    codes = codes == null ? Map.of() : new LinkedHashMap<>(codes);
  }

  /** The code a text stands for: a code itself, else the code whose longest name the text contains. */
  public String codeOf(String text) {
    String t = text.trim();
    if (codes.containsKey(t)) {
      return t;
    }
    String best = OTHER;
    int longest = 0;
    for (var entry : codes.entrySet()) {
      for (String name : entry.getValue()) {
        if (t.contains(name) && name.length() > longest) {
          best = entry.getKey();
          longest = name.length();
        }
      }
    }
    return best;
  }

  /** Whether a code is one of the catalogue's. */
  public boolean known(String code) {
    return codes.containsKey(code);
  }

  /** What a code is called; the code itself when the catalogue does not know it. */
  public String name(String code) {
    List<String> names = codes.get(code);
    return names == null || names.isEmpty() ? code : names.get(0);
  }

  /** Every industry, in the catalogue's order. */
  public List<Industry> all() {
    List<Industry> all = new ArrayList<>();
    codes.forEach((code, names) -> all.add(new Industry(code, names.get(0))));
    return all;
  }
}
