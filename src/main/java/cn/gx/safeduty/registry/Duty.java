package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One duty of Chapter 2 (Art 4–10), item by item, as the duty catalogue holds it: who holds it, its
 * text in Chinese, and how it can be checked. Tours, findings and supervision items name it by id.
 */
public record Duty(String id, String article, Integer item, List<CadreRole> roles, String summary, String text,
    List<Check> checks) {

  /** How a duty is checked: a count over a period, a document, a deadline, narrative evidence, or eligibility. */
  public enum CheckKind {
    COUNT, DOCUMENT, DEADLINE, NARRATIVE, ELIGIBILITY
  }

  /** The period a count is taken over. */
  public enum Per {
    YEAR, QUARTER, ACCIDENT
  }

  /**
   * One way to check a duty. {@code measure}, {@code minimum} and {@code per} for counts;
   * {@code document} for documents; {@code levels} where it applies only at some levels;
   * {@code policyDefault} where the figure is not in the text.
   */
  public record Check(CheckKind kind, String description, String measure, Integer minimum, Per per,
      List<JurisdictionLevel> levels, String document, boolean policyDefault) {
  }

  /** The citation staff read, e.g. 第五条第（二）项. */
  @JsonProperty(value = "citation", access = JsonProperty.Access.READ_ONLY)
  public String citation() {
    return Articles.chinese(item == null ? article : article + "(" + item + ")");
  }
}
