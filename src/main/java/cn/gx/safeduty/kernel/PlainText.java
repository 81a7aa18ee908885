package cn.gx.safeduty.kernel;

/** What counts as plain text in what users send: no NUL or other control character besides tab and line breaks. */
public final class PlainText {

  private PlainText() {
  }

  public static boolean hasControlCharacter(String text) {
    return text != null && text.chars().anyMatch(PlainText::isControl);
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
  }
}
