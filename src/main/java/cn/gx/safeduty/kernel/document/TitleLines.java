package cn.gx.safeduty.kernel.document;

import java.util.List;

/**
 * A title broken into lines as GB/T 9704 asks (回行时词意完整，排列对称): a title wider than a line breaks where
 * a phrase begins — before 开展, 安全生产, 不予 and the like, or before the closing 的通知 — choosing the break
 * that leaves the two lines most even. Widths count a digit or Latin letter as half a character.
 */
public final class TitleLines {

  /** A line of the title holds twenty characters of 二号 (22 pt) in the text area. */
  static final double LINE = 20;

  /** What templates call: {@code ${titles.lines(text)}}. */
  static final TitleLines TEMPLATES = new TitleLines();

  /** Where a phrase begins in the titles SafeDuty writes; a break may come just before one. */
  static final List<String> PHRASES = List.of("开展", "安全生产", "党政领导干部", "不予", "问责", "给予", "记功", "嘉奖",
      "履职", "考核", "巡查", "的");

  private TitleLines() {
  }

  public List<String> lines(String title) {
    return of(title, LINE);
  }

  static List<String> of(String title, double maxWidth) {
    if (width(title) <= maxWidth) {
      return List.of(title);
    }
    int best = -1;
    double bestGap = Double.MAX_VALUE;
    for (int at = 1; at < title.length(); at++) {
      String rest = title.substring(at);
      if (PHRASES.stream().noneMatch(rest::startsWith)) {
        continue;
      }
      double first = width(title.substring(0, at));
      double second = width(rest);
      if (first <= maxWidth && second <= maxWidth && Math.abs(first - second) < bestGap) {
        best = at;
        bestGap = Math.abs(first - second);
      }
    }
    if (best < 0) {
      // no phrase to break before: the middle, and the layout wraps what is still too wide
      best = title.length() / 2;
    }
    return List.of(title.substring(0, best), title.substring(best));
  }

  /** How wide a text sets, in characters: a digit or Latin letter is half of one. */
  static double width(String text) {
    return text.chars().mapToDouble(c -> c < 128 ? 0.5 : 1).sum();
  }
}
