package cn.gx.safeduty.kernel;

/**
 * Free text set into generated sentences without doubled or clashing punctuation ("。；", "，。"): what a
 * user wrote loses the punctuation it ended with, and the sentence puts its own.
 */
public final class Sentences {

  private static final String TRAILING = "[。；;，,、.：:！!？?\\s]+$";

  private Sentences() {
  }

  /** The text as a clause to continue: without its closing punctuation. */
  public static String open(String text) {
    return text == null ? "" : text.strip().replaceAll(TRAILING, "");
  }

  /** The text as a sentence: ending in one 。 (or the ！ or ？ it ended with). */
  public static String closed(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      return "";
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last == '！' || last == '？') {
      return stripped;
    }
    return open(stripped) + "。";
  }
}
