package cn.gx.safeduty.registry;

import java.util.Collection;
import java.util.List;

/**
 * One thing a restriction bars (Art 15, 21, 22): the assessment's 优秀 and awards, and each kind
 * of appointment a vetting may be for except {@link AppointmentKind#OTHER}, which nothing bars.
 */
public enum Barred {
  EXCELLENCE("考核评优"),
  AWARDS("评选各类先进"),
  EQUIVALENT("担任与原任职务相当的职务"),
  IMPORTANT_APPOINTMENT("重用任职"),
  PROMOTION("晋升职务、级别");

  private final String chineseName;

  Barred(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** What these bar as a decision states it: 取消考核评优和评选各类先进资格，不得…或者…. */
  public static String sentence(Collection<Barred> bars) {
    List<String> honours = bars.stream().filter(b -> b == EXCELLENCE || b == AWARDS).sorted()
        .map(Barred::chineseName).toList();
    List<String> posts = bars.stream().filter(b -> b != EXCELLENCE && b != AWARDS).sorted()
        .map(Barred::chineseName).toList();
    StringBuilder text = new StringBuilder();
    if (!honours.isEmpty()) {
      text.append("取消").append(String.join("和", honours)).append("资格");
    }
    if (!posts.isEmpty()) {
      text.append(text.isEmpty() ? "" : "，").append("不得").append(joinedWithOr(posts));
    }
    return text.toString();
  }

  /** What these bar as a list: 考核评优、评选各类先进、晋升职务、级别. */
  public static String list(Collection<Barred> bars) {
    return String.join("；", bars.stream().sorted().map(Barred::chineseName).toList());
  }

  /** As stored: the codes separated by commas. */
  public static String format(Collection<Barred> bars) {
    return String.join(",", bars.stream().sorted().map(Barred::name).toList());
  }

  public static List<Barred> parse(String stored) {
    return java.util.Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(Barred::valueOf).sorted().toList();
  }

  private static String joinedWithOr(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join("、", items.subList(0, items.size() - 1)) + "或者" + items.get(items.size() - 1);
  }
}
